using System.Buffers;

namespace Gateway.Marc;

/// <summary>
/// Writes one record as a standalone MARCXML <c>&lt;record&gt;</c> element into a pooled character buffer and makes
/// one string of it at the end: the same text as <see cref="MarcXmlWriter.ToXml(MarcRecord)"/> writes through
/// <c>XmlWriter</c> (same escaping and new-line handling), optionally leaving fields out, without a filtered copy of
/// the record or the writer's per-call overhead. Attributes can also be written in single quotes (the same XML; a
/// MARCXML string that holds no double quote needs no escapes in JSON: decision 0024).
/// </summary>
internal static class MarcXmlStringWriter
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("<>&\r\n");
    private static readonly SearchValues<byte> RawTextSpecials = SearchValues.Create("<>&\r\n"u8);
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("<>&\"\t\r\n");
    private static readonly SearchValues<char> SingleQuotedAttributeSpecials = SearchValues.Create("<>&\"'\t\r\n");

    /// <param name="record">The record.</param>
    /// <param name="include">The fields to write; all when null.</param>
    /// <param name="quote">The attributes' quote: <c>"</c> (as <c>XmlWriter</c>) or <c>'</c>.</param>
    public static string ToXml(MarcRecord record, Func<MarcField, bool>? include, char quote = '"')
    {
        var output = new Output(1024 + (record.Fields.Count * 96), quote);
        try
        {
            WriteRecordStart(ref output, record.Leader);
            var fields = record.Fields;
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                if (include is not null && !include(field))
                {
                    continue;
                }

                switch (field)
                {
                    case ControlField control:
                        output.Raw("<controlfield tag=");
                        output.Attribute(XmlText.Sanitize(control.Tag));
                        output.Raw(">");
                        output.Text(XmlText.Sanitize(control.Value));
                        output.Raw("</controlfield>");
                        break;
                    case DataField data:
                        WriteDataField(ref output, data);
                        break;
                    default:
                        throw new ArgumentException($"Unsupported field type {field.GetType().Name}.", nameof(record));
                }
            }

            output.Raw("</record>");
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    /// <summary>The record element's start tag (MARCXML's namespace) and its leader.</summary>
    private static void WriteRecordStart(ref Output output, string leader)
    {
        output.Raw("<record xmlns=");
        output.Quote();
        output.Raw(MarcXml.Namespace);
        output.Quote();
        output.Raw("><leader>");
        output.Text(XmlText.Sanitize(leader));
        output.Raw("</leader>");
    }

    /// <summary>
    /// A record of a view page (decision 0031): the text <see cref="ToXml(MarcRecord, Func{MarcField, bool}?, char)"/>
    /// writes of <see cref="MarcXmlViewPage.ToRecord"/>, the fields chosen by tag, a value's text transcoded straight
    /// from the document when escaping it again changes nothing.
    /// </summary>
    public static string ToXml(MarcXmlViewPage page, int record, Func<string, bool>? include, char quote)
    {
        var entry = page.Record(record);
        var output = new Output(1024 + ((entry.EndField - entry.FirstField) * 96), quote);
        try
        {
            WriteRecordStart(ref output, entry.Leader);
            for (var f = entry.FirstField; f < entry.EndField; f++)
            {
                ref readonly var field = ref page.Field(f);
                if (include is not null && !include(field.Tag))
                {
                    continue;
                }

                if (field.IsControl)
                {
                    output.Raw("<controlfield tag=");
                    output.Attribute(XmlText.Sanitize(field.Tag));
                    output.Raw(">");
                    output.Utf8Text(page.Raw(field.ValueStart, field.ValueLength));
                    output.Raw("</controlfield>");
                    continue;
                }

                WriteDataFieldStart(ref output, field.Tag, field.Indicator1, field.Indicator2);
                if (field.SubfieldCount == 0)
                {
                    output.Raw(" />");
                    continue;
                }

                output.Raw(">");
                for (var s = field.FirstSubfield; s < field.FirstSubfield + field.SubfieldCount; s++)
                {
                    ref readonly var subfield = ref page.Subfield(s);
                    WriteSubfieldStart(ref output, subfield.Code);
                    output.Utf8Text(page.Raw(subfield.Start, subfield.Length));
                    output.Raw("</subfield>");
                }

                output.Raw("</datafield>");
            }

            output.Raw("</record>");
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    private static void WriteDataField(ref Output output, DataField data)
    {
        WriteDataFieldStart(ref output, data.Tag, data.Indicator1, data.Indicator2);
        var subfields = data.Subfields;
        if (subfields.Count == 0)
        {
            output.Raw(" />");
            return;
        }

        output.Raw(">");
        for (var s = 0; s < subfields.Count; s++)
        {
            var subfield = subfields[s];
            WriteSubfieldStart(ref output, subfield.Code);
            output.Text(XmlText.Sanitize(subfield.Value));
            output.Raw("</subfield>");
        }

        output.Raw("</datafield>");
    }

    /// <summary><c>&lt;datafield tag=… ind1=… ind2=…</c>, left open for <c>&gt;</c> or <c> /&gt;</c>.</summary>
    private static void WriteDataFieldStart(ref Output output, string tag, char indicator1, char indicator2)
    {
        output.Raw("<datafield tag=");
        output.Attribute(XmlText.Sanitize(tag));
        output.Raw(" ind1=");
        output.Attribute(Safe(indicator1));
        output.Raw(" ind2=");
        output.Attribute(Safe(indicator2));
    }

    /// <summary><c>&lt;subfield code=…&gt;</c>.</summary>
    private static void WriteSubfieldStart(ref Output output, char code)
    {
        output.Raw("<subfield code=");
        output.Attribute(Safe(code));
        output.Raw(">");
    }

    private static string Safe(char c) => CharStrings.Of(c < 0x20 || char.IsSurrogate(c) || c > 0xFFFD ? '\uFFFD' : c);

    /// <summary>A growing pooled character buffer.</summary>
    private struct Output(int capacity, char quote) : IDisposable
    {
        private readonly SearchValues<char> _attributeSpecials = quote == '"' ? AttributeSpecials : SingleQuotedAttributeSpecials;
        private char[] _buffer = ArrayPool<char>.Shared.Rent(capacity);
        private int _used;

        /// <summary>The attributes' quote.</summary>
        public void Quote()
        {
            if (_used == _buffer.Length)
            {
                Grow(1);
            }

            _buffer[_used++] = quote;
        }

        public void Raw(ReadOnlySpan<char> text)
        {
            if (_buffer.Length - _used < text.Length)
            {
                Grow(text.Length);
            }

            text.CopyTo(_buffer.AsSpan(_used));
            _used += text.Length;
        }

        /// <summary>
        /// Element text still in a scanned document's UTF-8 (references escaped, no CR, no character XML cannot carry):
        /// transcoded as it is when it holds no reference, <c>&gt;</c> or LF, the only bytes <see cref="Text"/> would
        /// write otherwise; else decoded and written by <see cref="Text"/>.
        /// </summary>
        public void Utf8Text(ReadOnlySpan<byte> raw)
        {
            if (raw.IndexOfAny(RawTextSpecials) >= 0)
            {
                Text(XmlText.Sanitize(XmlUtf8.Decode(raw)));
                return;
            }

            if (_buffer.Length - _used < raw.Length)
            {
                Grow(raw.Length);
            }

            _used += System.Text.Encoding.UTF8.GetChars(raw, _buffer.AsSpan(_used));
        }

        /// <summary>Element text: &amp; &lt; &gt; escaped; CR LF, CR and LF written as the new line.</summary>
        public void Text(string value)
        {
            var span = value.AsSpan();
            while (!span.IsEmpty)
            {
                var special = span.IndexOfAny(TextSpecials);
                if (special < 0)
                {
                    Raw(span);
                    return;
                }

                Raw(span[..special]);
                var c = span[special];
                span = span[(special + 1)..];
                switch (c)
                {
                    case '<': Raw("&lt;"); break;
                    case '>': Raw("&gt;"); break;
                    case '&': Raw("&amp;"); break;
                    case '\r':
                        if (!span.IsEmpty && span[0] == '\n')
                        {
                            span = span[1..];
                        }

                        Raw(Environment.NewLine);
                        break;
                    default: Raw(Environment.NewLine); break;
                }
            }
        }

        /// <summary>
        /// An attribute's value in its quotes: &amp; &lt; &gt; &quot; (and &apos; in single quotes) escaped, tab, LF
        /// and CR as character references.
        /// </summary>
        public void Attribute(string value)
        {
            Quote();
            var span = value.AsSpan();
            while (!span.IsEmpty)
            {
                var special = span.IndexOfAny(_attributeSpecials);
                if (special < 0)
                {
                    Raw(span);
                    break;
                }

                Raw(span[..special]);
                Raw(span[special] switch
                {
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '&' => "&amp;",
                    '"' => "&quot;",
                    '\'' => "&apos;",
                    '\t' => "&#x9;",
                    '\n' => "&#xA;",
                    _ => "&#xD;",
                });
                span = span[(special + 1)..];
            }

            Quote();
        }

        public override readonly string ToString() => new(_buffer, 0, _used);

        public void Dispose()
        {
            var buffer = _buffer;
            _buffer = [];
            if (buffer.Length > 0)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }

        private void Grow(int more)
        {
            var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _used + more));
            _buffer.AsSpan(0, _used).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = bigger;
        }
    }
}
