using System.Buffers;

namespace Gateway.Marc;

/// <summary>
/// Writes one record as a standalone MARCXML <c>&lt;record&gt;</c> element into a pooled character buffer and makes
/// one string of it at the end: the same text as <see cref="MarcXmlWriter.ToXml(MarcRecord)"/> writes through
/// <c>XmlWriter</c> (same escaping and new-line handling), optionally leaving fields out, without a filtered copy of
/// the record or the writer's per-call overhead.
/// </summary>
internal static class MarcXmlStringWriter
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("<>&\r\n");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("<>&\"\t\r\n");

    public static string ToXml(MarcRecord record, Func<MarcField, bool>? include)
    {
        var output = new Output(1024 + (record.Fields.Count * 96));
        try
        {
            output.Raw("<record xmlns=\"");
            output.Raw(MarcXml.Namespace);
            output.Raw("\"><leader>");
            output.Text(XmlText.Sanitize(record.Leader));
            output.Raw("</leader>");
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
                        output.Raw("<controlfield tag=\"");
                        output.Attribute(XmlText.Sanitize(control.Tag));
                        output.Raw("\">");
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

    private static void WriteDataField(ref Output output, DataField data)
    {
        output.Raw("<datafield tag=\"");
        output.Attribute(XmlText.Sanitize(data.Tag));
        output.Raw("\" ind1=\"");
        output.Attribute(Safe(data.Indicator1));
        output.Raw("\" ind2=\"");
        output.Attribute(Safe(data.Indicator2));
        var subfields = data.Subfields;
        if (subfields.Count == 0)
        {
            output.Raw("\" />");
            return;
        }

        output.Raw("\">");
        for (var s = 0; s < subfields.Count; s++)
        {
            var subfield = subfields[s];
            output.Raw("<subfield code=\"");
            output.Attribute(Safe(subfield.Code));
            output.Raw("\">");
            output.Text(XmlText.Sanitize(subfield.Value));
            output.Raw("</subfield>");
        }

        output.Raw("</datafield>");
    }

    private static string Safe(char c) => CharStrings.Of(c < 0x20 || char.IsSurrogate(c) || c > 0xFFFD ? '\uFFFD' : c);

    /// <summary>A growing pooled character buffer.</summary>
    private struct Output(int capacity) : IDisposable
    {
        private char[] _buffer = ArrayPool<char>.Shared.Rent(capacity);
        private int _used;

        public void Raw(ReadOnlySpan<char> text)
        {
            if (_buffer.Length - _used < text.Length)
            {
                Grow(text.Length);
            }

            text.CopyTo(_buffer.AsSpan(_used));
            _used += text.Length;
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

        /// <summary>Attribute text: &amp; &lt; &gt; &quot; escaped, tab, LF and CR as character references.</summary>
        public void Attribute(string value)
        {
            var span = value.AsSpan();
            while (!span.IsEmpty)
            {
                var special = span.IndexOfAny(AttributeSpecials);
                if (special < 0)
                {
                    Raw(span);
                    return;
                }

                Raw(span[..special]);
                Raw(span[special] switch
                {
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '&' => "&amp;",
                    '"' => "&quot;",
                    '\t' => "&#x9;",
                    '\n' => "&#xA;",
                    _ => "&#xD;",
                });
                span = span[(special + 1)..];
            }
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
