using System.Buffers;
using System.Text;

namespace Gateway.Marc;

/// <summary>
/// Writes a MARCXML collection straight to UTF-8 bytes, producing the same bytes as <c>XmlWriter</c> (UTF-8, no BOM,
/// with declaration; not indented, or indented by two spaces as <c>XmlWriterSettings.Indent</c> does) with
/// <see cref="MarcXmlWriter"/> would, without its per-call overhead: same escaping, same new-line handling, same
/// replacement of characters XML cannot carry. Records come as <see cref="MarcRecord"/>s or, with no string made, as
/// <see cref="MarcRecordView"/>s (their UTF-8 bytes copied through).
/// </summary>
internal sealed class MarcXmlUtf8Writer : IDisposable
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("<>&\r\n");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("<>&\"\t\r\n");

    // In UTF-8 text: C0 controls (tab passes, CR and LF become the new line, the rest U+FFFD), the three escaped
    // characters, and 0xEF, the lead byte of U+FFFE and U+FFFF, which XML cannot carry either.
    private static readonly SearchValues<byte> TextSpecialBytes = SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'<', (byte)'>', (byte)'&', 0xEF]);
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);
    private static readonly byte[] Replacement = Encoding.UTF8.GetBytes("\uFFFD");

    private readonly Stream _stream;
    private readonly bool _indent;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _used;
    private bool _any;

    /// <summary>A writer to <paramref name="stream"/>; <paramref name="indent"/> as <c>XmlWriterSettings.Indent</c> with its defaults.</summary>
    public MarcXmlUtf8Writer(Stream stream, bool indent = false)
    {
        _stream = stream;
        _indent = indent;
    }

    public void WriteCollection(IEnumerable<MarcRecord> records)
    {
        WriteStart();
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            Write(record);
        }

        WriteEnd();
    }

    /// <summary>The XML declaration and the start of the collection element.</summary>
    public void WriteStart()
    {
        Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8);
        Indent(0);
        Raw("<collection xmlns=\"http://www.loc.gov/MARC21/slim\""u8);
    }

    /// <summary>Closes the collection element and flushes to the stream.</summary>
    public void WriteEnd()
    {
        if (_any)
        {
            Indent(0);
            Raw("</collection>"u8);
        }
        else
        {
            Raw(" />"u8);
        }

        Flush();
    }

    /// <summary>Writes out what is buffered (records are buffered whole; the stream sees complete records).</summary>
    public void Flush()
    {
        if (_used > 0)
        {
            _stream.Write(_buffer, 0, _used);
            _used = 0;
        }
    }

    public void Write(MarcRecord record)
    {
        StartRecord();
        Text(XmlText.Sanitize(record.Leader));
        Raw("</leader>"u8);
        var fields = record.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            switch (fields[i])
            {
                case ControlField control:
                    Indent(2);
                    Raw("<controlfield tag=\""u8);
                    Attribute(XmlText.Sanitize(control.Tag));
                    Raw("\""u8);
                    Content(XmlText.Sanitize(control.Value), "</controlfield>"u8);
                    break;
                case DataField data:
                    Indent(2);
                    Raw("<datafield tag=\""u8);
                    Attribute(XmlText.Sanitize(data.Tag));
                    Raw("\" ind1=\""u8);
                    Attribute(Safe(data.Indicator1));
                    Raw("\" ind2=\""u8);
                    Attribute(Safe(data.Indicator2));
                    Raw("\""u8);
                    var subfields = data.Subfields;
                    if (subfields.Count == 0)
                    {
                        Raw(" />"u8);
                        break;
                    }

                    Raw(">"u8);
                    for (var s = 0; s < subfields.Count; s++)
                    {
                        var subfield = subfields[s];
                        Indent(3);
                        Raw("<subfield code=\""u8);
                        Attribute(Safe(subfield.Code));
                        Raw("\""u8);
                        Content(XmlText.Sanitize(subfield.Value), "</subfield>"u8);
                    }

                    Indent(2);
                    Raw("</datafield>"u8);
                    break;
                default:
                    throw new ArgumentException($"Unsupported field type {fields[i].GetType().Name}.", nameof(record));
            }
        }

        Indent(1);
        Raw("</record>"u8);
    }

    /// <summary>Writes the record the view is on, from its UTF-8 bytes: the same bytes as <c>Write(view.ToRecord())</c>.</summary>
    public void Write(MarcRecordView view)
    {
        StartRecord();
        Leader(view.Leader);
        Raw("</leader>"u8);
        foreach (var field in view.Fields)
        {
            Indent(2);
            if (field.IsControlField)
            {
                Raw("<controlfield tag=\""u8);
                Tag(field);
                Raw("\">"u8);
                Text(field.Value);
                Raw("</controlfield>"u8);
                continue;
            }

            Raw("<datafield tag=\""u8);
            Tag(field);
            Raw("\" ind1=\""u8);
            Code(field.Indicator1);
            Raw("\" ind2=\""u8);
            Code(field.Indicator2);
            Raw("\""u8);
            if (field.SubfieldCount == 0)
            {
                Raw(" />"u8);
                continue;
            }

            Raw(">"u8);
            foreach (var subfield in field.Subfields)
            {
                Indent(3);
                Raw("<subfield code=\""u8);
                Code(subfield.Code);
                Raw("\">"u8);
                Text(subfield.Value);
                Raw("</subfield>"u8);
            }

            Indent(2);
            Raw("</datafield>"u8);
        }

        Indent(1);
        Raw("</record>"u8);
    }

    private void StartRecord()
    {
        if (!_any)
        {
            Raw(">"u8);
            _any = true;
        }

        Indent(1);
        Raw("<record>"u8);
        Indent(2);
        Raw("<leader>"u8);
    }

    /// <summary>With indentation: a new line and two spaces a level before a start tag, or before an end tag that follows child elements.</summary>
    private void Indent(int level)
    {
        if (!_indent)
        {
            return;
        }

        Reserve(NewLine.Length + (2 * level));
        NewLine.CopyTo(_buffer.AsSpan(_used));
        _used += NewLine.Length;
        _buffer.AsSpan(_used, 2 * level).Fill((byte)' ');
        _used += 2 * level;
    }

    /// <summary>The leader's bytes, Latin-1 as the model reads them; plain printable ASCII goes through as it is.</summary>
    private void Leader(ReadOnlySpan<byte> leader)
    {
        foreach (var b in leader)
        {
            if (b is < 0x20 or > 0x7E or (byte)'<' or (byte)'>' or (byte)'&')
            {
                Text(XmlText.Sanitize(Encoding.Latin1.GetString(leader)));
                return;
            }
        }

        Raw(leader);
    }

    /// <summary>A tag attribute: three digits as they are, anything else as the model's Latin-1 string.</summary>
    private void Tag(MarcFieldView field)
    {
        var number = field.TagNumber;
        if (number >= 0)
        {
            Reserve(3);
            _buffer[_used++] = (byte)('0' + (number / 100));
            _buffer[_used++] = (byte)('0' + (number / 10 % 10));
            _buffer[_used++] = (byte)('0' + (number % 10));
            return;
        }

        Attribute(XmlText.Sanitize(field.Tag));
    }

    /// <summary>An indicator or subfield code attribute (printable ASCII from the reader).</summary>
    private void Code(char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == ' ')
        {
            Reserve(1);
            _buffer[_used++] = (byte)c;
            return;
        }

        Attribute(Safe(c));
    }

    /// <summary>Element text from valid UTF-8: escaped and sanitised exactly as <see cref="Text(string)"/> does for the same characters.</summary>
    private void Text(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            var special = utf8.IndexOfAny(TextSpecialBytes);
            if (special < 0)
            {
                Raw(utf8);
                return;
            }

            Raw(utf8[..special]);
            var b = utf8[special];
            utf8 = utf8[(special + 1)..];
            switch (b)
            {
                case (byte)'<': Raw("&lt;"u8); break;
                case (byte)'>': Raw("&gt;"u8); break;
                case (byte)'&': Raw("&amp;"u8); break;
                case (byte)'\t': Raw("\t"u8); break;
                case (byte)'\r':
                    if (!utf8.IsEmpty && utf8[0] == '\n')
                    {
                        utf8 = utf8[1..];
                    }

                    Raw(NewLine);
                    break;
                case (byte)'\n': Raw(NewLine); break;
                case 0xEF:
                    if (utf8.Length >= 2 && utf8[0] == 0xBF && utf8[1] is 0xBE or 0xBF)
                    {
                        // U+FFFE or U+FFFF.
                        utf8 = utf8[2..];
                        Raw(Replacement);
                    }
                    else
                    {
                        Raw([b]);
                    }

                    break;
                default: Raw(Replacement); break;
            }
        }
    }

    /// <summary>Closes a start tag and writes the text and end tag (XmlWriter writes a full end tag even for an empty value).</summary>
    private void Content(string value, ReadOnlySpan<byte> endTag)
    {
        Raw(">"u8);
        Text(value);
        Raw(endTag);
    }

    private static string Safe(char c) => CharStrings.Of(c < 0x20 || char.IsSurrogate(c) || c > 0xFFFD ? '\uFFFD' : c);

    /// <summary>Element text: &amp; &lt; &gt; escaped; CR LF, CR and LF written as the new line.</summary>
    private void Text(string value)
    {
        var span = value.AsSpan();
        while (!span.IsEmpty)
        {
            var special = span.IndexOfAny(TextSpecials);
            var plain = special < 0 ? span : span[..special];
            Utf8(plain);
            if (special < 0)
            {
                return;
            }

            var c = span[special];
            span = span[(special + 1)..];
            switch (c)
            {
                case '<': Raw("&lt;"u8); break;
                case '>': Raw("&gt;"u8); break;
                case '&': Raw("&amp;"u8); break;
                case '\r':
                    if (!span.IsEmpty && span[0] == '\n')
                    {
                        span = span[1..];
                    }

                    Raw(NewLine);
                    break;
                default: Raw(NewLine); break;
            }
        }
    }

    /// <summary>Attribute text: &amp; &lt; &gt; &quot; escaped, tab, LF and CR as character references.</summary>
    private void Attribute(string value)
    {
        var span = value.AsSpan();
        while (!span.IsEmpty)
        {
            var special = span.IndexOfAny(AttributeSpecials);
            var plain = special < 0 ? span : span[..special];
            Utf8(plain);
            if (special < 0)
            {
                return;
            }

            Raw(span[special] switch
            {
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '&' => "&amp;"u8,
                '"' => "&quot;"u8,
                '\t' => "&#x9;"u8,
                '\n' => "&#xA;"u8,
                _ => "&#xD;"u8,
            });
            span = span[(special + 1)..];
        }
    }

    private void Utf8(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        Reserve(chars.Length * 3);
        _used += Encoding.UTF8.GetBytes(chars, _buffer.AsSpan(_used));
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private void Reserve(int count)
    {
        if (_buffer.Length - _used >= count)
        {
            return;
        }

        Flush();
        if (_buffer.Length < count)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(count);
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
