using System.Text;

namespace Gateway.Marc;

/// <summary>
/// Reads a MARCXML document straight from its UTF-8 bytes (decision 0028): a forward scan for the subset Koha and this
/// library's writers emit — elements in no namespace or the MARC 21 slim default namespace, attributes in either
/// quote, the five predefined entities and character references, whitespace between elements, an optional UTF-8 XML
/// declaration — with no <c>XmlReader</c> and no strings for names, tags, indicators or codes.
/// </summary>
/// <remarks>
/// It gives up (null) on anything else, and on anything the full reader would report as a problem: comments, CDATA,
/// processing instructions, a DOCTYPE, element prefixes, another default namespace, CR, invalid UTF-8, a malformed
/// tag, a bad or missing tag, indicator or code, a leader that is not 24 characters, an element out of place. The
/// caller then reads the document with <see cref="MarcXmlParser"/>, so what a document yields never depends on this
/// path: when it succeeds, its records are the ones the full reader gives, with no problem to report.
/// </remarks>
internal ref struct MarcXmlUtf8Scanner
{
    private const int MaxDepth = 64;
    private const int MaxAttributes = 16;

    private readonly ReadOnlySpan<byte> _doc;
    private readonly List<MarcRecord> _records = [];
    private readonly List<Subfield> _subfields = [];
    private readonly List<(int Start, int Length, int Depth)> _prefixes = [];
    private readonly int[] _attributes = new int[MaxAttributes * 2];
    private readonly MarcXmlViewPage? _page;
    private int _pos;

    private MarcXmlUtf8Scanner(ReadOnlySpan<byte> document, MarcXmlViewPage? page)
    {
        _doc = document;
        _page = page;
    }

    /// <summary>The records of the document, in order; null when it holds anything outside the subset.</summary>
    public static List<MarcRecord>? TryRead(ReadOnlySpan<byte> document)
    {
        if (document.StartsWith("\uFEFF"u8))
        {
            document = document[3..];
        }

        if (!XmlUtf8.IsPlainText(document))
        {
            return null;
        }

        var scanner = new MarcXmlUtf8Scanner(document, null);
        return scanner.ReadDocument() ? scanner._records : null;
    }

    /// <summary>
    /// Reads the document into <paramref name="page"/> as views (where each value's text lies; no strings but the
    /// leaders), accepting exactly what <see cref="TryRead"/> accepts: false when it would give null. The document
    /// must not start with a byte order mark (the page strips it).
    /// </summary>
    public static bool TryReadViews(ReadOnlySpan<byte> document, MarcXmlViewPage page)
    {
        if (!XmlUtf8.IsPlainText(document))
        {
            return false;
        }

        var scanner = new MarcXmlUtf8Scanner(document, page);
        return scanner.ReadDocument();
    }

    private bool ReadDocument()
    {
        if (_doc.StartsWith("<?xml"u8) && !ReadDeclaration())
        {
            return false;
        }

        if (!SkipMisc() || !ReadStartTag(0, out var root) || !ReadOutside(root, 0))
        {
            return false;
        }

        return SkipMisc() && _pos == _doc.Length;
    }

    /// <summary><c>&lt;?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"]?&gt;</c>, nothing else.</summary>
    private bool ReadDeclaration()
    {
        _pos = 5;
        if (!ReadPseudoAttribute("version"u8, out var version) || !version.SequenceEqual("1.0"u8))
        {
            return false;
        }

        var mark = _pos;
        if (!ReadPseudoAttribute("encoding"u8, out var encoding))
        {
            _pos = mark;
        }
        else if (!Ascii.EqualsIgnoreCase(encoding, "utf-8"u8))
        {
            return false;
        }

        mark = _pos;
        if (!ReadPseudoAttribute("standalone"u8, out var standalone))
        {
            _pos = mark;
        }
        else if (!standalone.SequenceEqual("yes"u8) && !standalone.SequenceEqual("no"u8))
        {
            return false;
        }

        SkipWhitespace();
        return Skip("?>"u8);
    }

    private bool ReadPseudoAttribute(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (SkipWhitespace() == 0 || !Skip(name))
        {
            return false;
        }

        SkipWhitespace();
        if (!Skip("="u8))
        {
            return false;
        }

        SkipWhitespace();
        if (!ReadQuoted(out var start, out var length))
        {
            return false;
        }

        value = _doc.Slice(start, length);
        return true;
    }

    /// <summary>An element outside any record: a record, or an element to look into for records.</summary>
    private bool ReadOutside(in StartTag element, int depth)
    {
        var name = Name(element);
        if (name.SequenceEqual("record"u8))
        {
            return ReadRecord(element, depth);
        }

        if (name.SequenceEqual("leader"u8) || name.SequenceEqual("controlfield"u8) || name.SequenceEqual("datafield"u8) || name.SequenceEqual("subfield"u8))
        {
            return false; // out of place: the full reader reports it
        }

        if (element.Empty)
        {
            return EndElement(depth);
        }

        while (SkipTextAndComments())
        {
            if (At("</"u8))
            {
                return ReadEndTag(element, depth);
            }

            if (!ReadStartTag(depth + 1, out var child) || !ReadOutside(child, depth + 1))
            {
                return false;
            }
        }

        return false;
    }

    private bool ReadRecord(in StartTag element, int depth)
    {
        if (element.Empty)
        {
            return false; // no leader
        }

        string? leader = null;
        var fields = _page is null ? new List<MarcField>() : null;
        var firstField = _page?.FieldCount ?? 0;
        while (SkipTextAndComments())
        {
            if (At("</"u8))
            {
                if (!ReadEndTag(element, depth) || leader is not { Length: 24 })
                {
                    return false;
                }

                if (_page is null)
                {
                    _records.Add(new MarcRecord(leader, fields!, owned: true));
                }
                else
                {
                    _page.AddRecord(leader, firstField);
                }

                return true;
            }

            if (!ReadStartTag(depth + 1, out var child))
            {
                return false;
            }

            var name = Name(child);
            var ok = name.SequenceEqual("leader"u8) ? (leader = ReadValue(child, depth + 1)) is not null
                : name.SequenceEqual("controlfield"u8) ? ReadControlField(child, depth + 1, fields)
                : name.SequenceEqual("datafield"u8) ? ReadDataField(child, depth + 1, fields)
                : SkipElement(child, depth + 1); // extension elements (Koha's OAI identifiers) are not MARC data
            if (!ok)
            {
                return false;
            }
        }

        return false;
    }

    private bool ReadControlField(in StartTag element, int depth, List<MarcField>? fields)
    {
        if (Tag(element) is not { } tag)
        {
            return false;
        }

        if (_page is not null)
        {
            if (!ReadValueRange(element, depth, out var start, out var length))
            {
                return false;
            }

            _page.AddControlField(tag, start, length);
            return true;
        }

        if (ReadValue(element, depth) is not { } value)
        {
            return false;
        }

        fields!.Add(new ControlField(tag, value));
        return true;
    }

    private bool ReadDataField(in StartTag element, int depth, List<MarcField>? fields)
    {
        if (Tag(element) is not { } tag || Character(element.Ind1, ' ') is not { } ind1 || Character(element.Ind2, ' ') is not { } ind2)
        {
            return false;
        }

        if (_page is not null)
        {
            return ReadDataFieldView(element, depth, tag, ind1, ind2, _page);
        }

        if (element.Empty)
        {
            fields!.Add(new DataField(tag, ind1, ind2, Array.Empty<Subfield>()));
            return EndElement(depth);
        }

        var subfields = _subfields;
        subfields.Clear();
        while (SkipTextAndComments())
        {
            if (At("</"u8))
            {
                fields!.Add(new DataField(tag, ind1, ind2, subfields.ToArray()));
                return ReadEndTag(element, depth);
            }

            if (!ReadStartTag(depth + 1, out var child) || !Name(child).SequenceEqual("subfield"u8)
                || Character(child.Code, null) is not { } code || ReadValue(child, depth + 1) is not { } value)
            {
                return false;
            }

            subfields.Add(new Subfield(code, value));
        }

        return false;
    }

    /// <summary>A data field as views: the same checks as the model's path, the subfields' text as where it lies.</summary>
    private bool ReadDataFieldView(in StartTag element, int depth, string tag, char ind1, char ind2, MarcXmlViewPage page)
    {
        page.AddDataField(tag, ind1, ind2);
        if (element.Empty)
        {
            return EndElement(depth);
        }

        while (SkipTextAndComments())
        {
            if (At("</"u8))
            {
                return ReadEndTag(element, depth);
            }

            if (!ReadStartTag(depth + 1, out var child) || !Name(child).SequenceEqual("subfield"u8)
                || Character(child.Code, null) is not { } code || !ReadValueRange(child, depth + 1, out var start, out var length))
            {
                return false;
            }

            page.AddSubfield(code, start, length);
        }

        return false;
    }

    /// <summary>The text of an element holding only text (leader, control field, subfield), or null.</summary>
    private string? ReadValue(in StartTag element, int depth)
    {
        if (element.Empty)
        {
            return EndElement(depth) ? string.Empty : null;
        }

        if (!SkipText(out var start) || !At("</"u8))
        {
            return null; // an element (or comment, CDATA) inside: the full reader's business
        }

        var text = _doc[start.._pos];
        return ReadEndTag(element, depth) ? XmlUtf8.Decode(text) : null;
    }

    /// <summary>
    /// Where the text of an element holding only text lies (references still escaped; length 0 when empty); false
    /// where <see cref="ReadValue"/> gives null.
    /// </summary>
    private bool ReadValueRange(in StartTag element, int depth, out int start, out int length)
    {
        length = 0;
        if (element.Empty)
        {
            start = _pos;
            return EndElement(depth);
        }

        if (!SkipText(out start) || !At("</"u8))
        {
            return false;
        }

        length = _pos - start;
        return ReadEndTag(element, depth);
    }

    private bool SkipElement(in StartTag element, int depth)
    {
        if (element.Empty)
        {
            return EndElement(depth);
        }

        while (SkipTextAndComments())
        {
            if (At("</"u8))
            {
                return ReadEndTag(element, depth);
            }

            if (!ReadStartTag(depth + 1, out var child) || !SkipElement(child, depth + 1))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whitespace and comments, as allowed before and after the root element; false for a malformed comment.</summary>
    private bool SkipMisc()
    {
        SkipWhitespace();
        while (At("<!--"u8))
        {
            if (!SkipComment())
            {
                return false;
            }

            SkipWhitespace();
        }

        return true;
    }

    /// <summary>Moves past text and comments to the next tag (the reader ignores both between elements); false at the end or for bad text.</summary>
    private bool SkipTextAndComments()
    {
        while (SkipText(out _))
        {
            if (!At("<!--"u8))
            {
                return true;
            }

            if (!SkipComment())
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A comment at <c>&lt;!--</c>: its text may hold no <c>--</c> and must not end with <c>-</c>.</summary>
    private bool SkipComment()
    {
        var body = _pos + 4;
        var end = _doc[body..].IndexOf("--"u8);
        if (end < 0 || body + end + 2 >= _doc.Length || _doc[body + end + 2] != (byte)'>')
        {
            return false;
        }

        _pos = body + end + 3;
        return true;
    }

    /// <summary>Moves to the next <c>&lt;</c>, checking the text before it; false at the end of the document or for bad text.</summary>
    private bool SkipText(out int start)
    {
        start = _pos;
        var next = XmlUtf8.TextLength(_doc[_pos..]);
        if (next < 0)
        {
            return false;
        }

        _pos += next;
        return true;
    }

    /// <summary>
    /// A start tag at <c>&lt;</c>: its name (no prefix), whether it is empty, and where the MARC attributes' values lie.
    /// False for a comment, CDATA, PI, DOCTYPE, a prefix, an undeclared attribute prefix, a duplicate attribute, a
    /// default namespace other than MARC's, or anything malformed.
    /// </summary>
    private bool ReadStartTag(int depth, out StartTag tag)
    {
        tag = default;
        if (depth > MaxDepth || Peek() != (byte)'<')
        {
            return false;
        }

        _pos++;
        if (!ReadName(out var nameStart, out var prefixLength) || prefixLength > 0)
        {
            return false;
        }

        tag.NameStart = nameStart;
        tag.NameLength = _pos - nameStart;
        var count = 0;
        var prefixed = false;
        while (true)
        {
            var spaced = SkipWhitespace() > 0;
            var next = Peek();
            if (next == (byte)'>' || (next == (byte)'/' && Peek(1) == (byte)'>'))
            {
                tag.Empty = next == (byte)'/';
                _pos += tag.Empty ? 2 : 1;
                return !prefixed || CheckPrefixes(count, depth);
            }

            if (!spaced || count == MaxAttributes || !ReadName(out var start, out var prefix))
            {
                return false;
            }

            var name = _doc[start.._pos];
            for (var i = 0; i < count; i++)
            {
                if (_attributes[(2 * i) + 1] == name.Length && name.SequenceEqual(_doc.Slice(_attributes[2 * i], name.Length)))
                {
                    return false;
                }
            }

            _attributes[2 * count] = start;
            _attributes[(2 * count) + 1] = name.Length;
            count++;
            prefixed |= prefix > 0;
            SkipWhitespace();
            if (Peek() != (byte)'=')
            {
                return false;
            }

            _pos++;
            SkipWhitespace();
            if (!ReadQuoted(out var valueStart, out var valueLength) || !Attribute(ref tag, start, name.Length, prefix, new Slice(valueStart, valueLength), depth))
            {
                return false;
            }
        }
    }

    /// <summary>The byte <paramref name="ahead"/> bytes on, or 0 past the end (0 never occurs in a plain document).</summary>
    private readonly byte Peek(int ahead = 0) => _pos + ahead < _doc.Length ? _doc[_pos + ahead] : (byte)0;

    /// <summary>Notes an attribute: a namespace declaration, one of MARC's, or one to ignore.</summary>
    private readonly bool Attribute(ref StartTag tag, int nameStart, int nameLength, int prefix, Slice value, int depth)
    {
        var name = _doc.Slice(nameStart, nameLength);
        var text = _doc.Slice(value.Start, value.Length);
        if (prefix > 0)
        {
            var local = name[(prefix + 1)..];
            if (name[..prefix].SequenceEqual("xmlns"u8))
            {
                if (Ascii.EqualsIgnoreCase(local[..Math.Min(3, local.Length)], "xml"u8) || text.IsEmpty || text.IndexOf((byte)'&') >= 0)
                {
                    return false;
                }

                _prefixes.Add((nameStart + prefix + 1, local.Length, depth));
                return true;
            }

            return true; // checked against the declarations once the tag is read
        }

        switch (name.Length)
        {
            case 3 when name.SequenceEqual("tag"u8):
                tag.Tag = value;
                break;
            case 4 when name[0] == (byte)'i' && name[1] == (byte)'n' && name[2] == (byte)'d' && name[3] is (byte)'1' or (byte)'2':
                if (name[3] == (byte)'1')
                {
                    tag.Ind1 = value;
                }
                else
                {
                    tag.Ind2 = value;
                }

                break;
            case 4 when name.SequenceEqual("code"u8):
                tag.Code = value;
                break;
            case 5 when name.SequenceEqual("xmlns"u8):
                return text.IsEmpty || text.SequenceEqual("http://www.loc.gov/MARC21/slim"u8);
        }

        return true;
    }

    /// <summary>Every prefixed attribute of the tag just read must use a declared prefix other than <c>xml</c>, and no two may share a local name.</summary>
    private readonly bool CheckPrefixes(int count, int depth)
    {
        for (var i = 0; i < count; i++)
        {
            var name = _doc.Slice(_attributes[2 * i], _attributes[(2 * i) + 1]);
            var colon = name.IndexOf((byte)':');
            if (colon < 0 || name[..colon].SequenceEqual("xmlns"u8))
            {
                continue;
            }

            if (!IsDeclared(name[..colon]))
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                var other = _doc.Slice(_attributes[2 * j], _attributes[(2 * j) + 1]);
                var otherColon = other.IndexOf((byte)':');
                if (otherColon >= 0 && other[(otherColon + 1)..].SequenceEqual(name[(colon + 1)..]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private readonly bool IsDeclared(ReadOnlySpan<byte> prefix)
    {
        foreach (var (start, length, _) in _prefixes)
        {
            if (_doc.Slice(start, length).SequenceEqual(prefix))
            {
                return true;
            }
        }

        return false;
    }

    private bool ReadEndTag(in StartTag element, int depth)
    {
        _pos += 2;
        if (!Skip(Name(element)) || (_pos < _doc.Length && XmlUtf8.IsNameChar(_doc[_pos])))
        {
            return false;
        }

        SkipWhitespace();
        return Skip(">"u8) && EndElement(depth);
    }

    /// <summary>Forgets the prefixes declared at this depth.</summary>
    private readonly bool EndElement(int depth)
    {
        while (_prefixes.Count > 0 && _prefixes[^1].Depth >= depth)
        {
            _prefixes.RemoveAt(_prefixes.Count - 1);
        }

        return true;
    }

    /// <summary>An ASCII XML name, optionally <c>prefix:local</c>; <paramref name="prefixLength"/> is 0 without a prefix.</summary>
    private bool ReadName(out int start, out int prefixLength)
    {
        start = _pos;
        prefixLength = 0;
        if (!ReadNamePart())
        {
            return false;
        }

        if (At(":"u8))
        {
            prefixLength = _pos - start;
            _pos++;
            return ReadNamePart();
        }

        return true;
    }

    private bool ReadNamePart()
    {
        if (_pos >= _doc.Length || !XmlUtf8.IsNameStart(_doc[_pos]))
        {
            return false;
        }

        do
        {
            _pos++;
        }
        while (_pos < _doc.Length && XmlUtf8.IsNameChar(_doc[_pos]));
        return true;
    }

    /// <summary>A quoted attribute value (either quote) with no <c>&lt;</c> and valid references.</summary>
    private bool ReadQuoted(out int start, out int length)
    {
        start = _pos + 1;
        length = 0;
        if (_pos >= _doc.Length || _doc[_pos] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }

        // Values are mostly a few bytes (tags, indicators, codes): a plain loop beats vectorised searches here.
        var quote = _doc[_pos];
        var end = start;
        while (true)
        {
            if (end >= _doc.Length)
            {
                return false;
            }

            var b = _doc[end];
            if (b == quote)
            {
                break;
            }

            if (b == (byte)'<')
            {
                return false;
            }

            if (b == (byte)'&')
            {
                var reference = XmlUtf8.ReferenceLength(_doc[end..]);
                if (reference == 0)
                {
                    return false;
                }

                end += reference;
                continue;
            }

            end++;
        }

        length = end - start;
        _pos = end + 1;
        return true;
    }

    /// <summary>A three-character tag (the shared string for a numeric one); null when missing or of another length.</summary>
    private readonly string? Tag(in StartTag element)
    {
        var bytes = _doc.Slice(element.Tag.Start, element.Tag.Length);
        if (IsPlainAscii(bytes))
        {
            return bytes.Length == 3 ? Tags.FromBytes(bytes) : null;
        }

        return Decoded(bytes) is { Length: 3 } text ? Tags.Intern(text) : null;
    }

    /// <summary>A one-character attribute; <paramref name="absent"/> when missing or empty; null when longer.</summary>
    private readonly char? Character(Slice value, char? absent)
    {
        var bytes = _doc.Slice(value.Start, value.Length);
        if (bytes.IsEmpty)
        {
            return absent;
        }

        if (IsPlainAscii(bytes))
        {
            return bytes.Length == 1 ? (char)bytes[0] : null;
        }

        return Decoded(bytes) is { Length: 1 } text ? text[0] : null;
    }

    /// <summary>Printable ASCII without references: the bytes are the characters.</summary>
    private static bool IsPlainAscii(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) < 0 && bytes.IndexOf((byte)'&') < 0;

    /// <summary>An attribute value decoded; null when it holds a tab or LF, which the full reader turns into spaces.</summary>
    private static string? Decoded(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0 ? null : XmlUtf8.Decode(bytes);

    private readonly ReadOnlySpan<byte> Name(in StartTag element) => _doc.Slice(element.NameStart, element.NameLength);

    private readonly bool At(scoped ReadOnlySpan<byte> text) => _doc[_pos..].StartsWith(text);

    private bool Skip(scoped ReadOnlySpan<byte> text)
    {
        if (!At(text))
        {
            return false;
        }

        _pos += text.Length;
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int SkipWhitespace()
    {
        var start = _pos;
        while (_pos < _doc.Length && XmlUtf8.IsWhitespace(_doc[_pos]))
        {
            _pos++;
        }

        return _pos - start;
    }

    /// <summary>Where an attribute's value lies in the document (length 0 when absent or empty).</summary>
    private readonly record struct Slice(int Start, int Length);

    /// <summary>A start tag as read: its name, whether it is empty, and the values of MARC's attributes.</summary>
    private struct StartTag
    {
        public int NameStart;
        public int NameLength;
        public bool Empty;
        public Slice Tag;
        public Slice Ind1;
        public Slice Ind2;
        public Slice Code;
    }
}
