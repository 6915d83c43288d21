using System.Buffers;
using System.Text;

namespace Gateway.Marc;

/// <summary>
/// Writes a MARCXML collection straight to UTF-8 bytes, producing the same bytes as
/// <see cref="MarcXmlWriter.WriteCollection(Stream, IEnumerable{MarcRecord})"/> did through <c>XmlWriter</c>
/// (same declaration, escaping and new-line handling) without its per-call overhead.
/// </summary>
internal sealed class MarcXmlUtf8Writer : IDisposable
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("<>&\r\n");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("<>&\"\t\r\n");
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _used;

    public MarcXmlUtf8Writer(Stream stream) => _stream = stream;

    public void WriteCollection(IEnumerable<MarcRecord> records)
    {
        Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?><collection xmlns=\"http://www.loc.gov/MARC21/slim\""u8);
        var any = false;
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (!any)
            {
                Raw(">"u8);
                any = true;
            }

            Write(record);
        }

        Raw(any ? "</collection>"u8 : " />"u8);
        Flush();
    }

    private void Write(MarcRecord record)
    {
        Raw("<record><leader>"u8);
        Text(XmlText.Sanitize(record.Leader));
        Raw("</leader>"u8);
        var fields = record.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            switch (fields[i])
            {
                case ControlField control:
                    Raw("<controlfield tag=\""u8);
                    Attribute(XmlText.Sanitize(control.Tag));
                    Raw("\""u8);
                    Content(XmlText.Sanitize(control.Value), "</controlfield>"u8);
                    break;
                case DataField data:
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
                        Raw("<subfield code=\""u8);
                        Attribute(Safe(subfield.Code));
                        Raw("\""u8);
                        Content(XmlText.Sanitize(subfield.Value), "</subfield>"u8);
                    }

                    Raw("</datafield>"u8);
                    break;
                default:
                    throw new ArgumentException($"Unsupported field type {fields[i].GetType().Name}.", nameof(record));
            }
        }

        Raw("</record>"u8);
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

    private void Flush()
    {
        if (_used > 0)
        {
            _stream.Write(_buffer, 0, _used);
            _used = 0;
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
