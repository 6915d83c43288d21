using System.Text;
using System.Xml;

namespace Gateway.Marc;

/// <summary>Writes records as MARCXML (MARC 21 slim schema).</summary>
/// <remarks>Characters that XML 1.0 cannot carry (most C0 controls, lone surrogates) are written as U+FFFD.</remarks>
public static class MarcXmlWriter
{
    /// <summary>Writes one <c>&lt;record&gt;</c> element in the MARCXML namespace at the writer's current position.</summary>
    public static void Write(XmlWriter writer, MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);

        writer.WriteStartElement("record", MarcXml.Namespace);
        writer.WriteStartElement("leader", MarcXml.Namespace);
        writer.WriteString(XmlText.Sanitize(record.Leader));
        writer.WriteEndElement();

        var fields = record.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            switch (fields[i])
            {
                case ControlField control:
                    writer.WriteStartElement("controlfield", MarcXml.Namespace);
                    writer.WriteAttributeString("tag", XmlText.Sanitize(control.Tag));
                    writer.WriteString(XmlText.Sanitize(control.Value));
                    writer.WriteEndElement();
                    break;
                case DataField data:
                    WriteDataField(writer, data);
                    break;
                default:
                    throw new ArgumentException($"Unsupported field type {fields[i].GetType().Name}.", nameof(record));
            }
        }

        writer.WriteEndElement();
    }

    /// <summary>Writes a <c>&lt;collection&gt;</c> element holding every record, in order.</summary>
    public static void WriteCollection(XmlWriter writer, IEnumerable<MarcRecord> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);

        writer.WriteStartElement("collection", MarcXml.Namespace);
        foreach (var record in records)
        {
            Write(writer, record);
        }

        writer.WriteEndElement();
    }

    /// <summary>Writes an UTF-8 MARCXML document (with XML declaration, no BOM) whose root is a <c>&lt;collection&gt;</c>. The stream is left open.</summary>
    public static void WriteCollection(Stream stream, IEnumerable<MarcRecord> records)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);

        // Same bytes as XmlWriter (UTF-8, no BOM, declaration, no indentation) would write, written directly.
        using var writer = new MarcXmlUtf8Writer(stream);
        writer.WriteCollection(records);
    }

    /// <summary>One record as a standalone <c>&lt;record xmlns="http://www.loc.gov/MARC21/slim"&gt;</c> element, without XML declaration.</summary>
    public static string ToXml(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        var builder = new StringBuilder(256 + (record.Fields.Count * 64));
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, ConformanceLevel = ConformanceLevel.Fragment };
        using (var writer = XmlWriter.Create(builder, settings))
        {
            Write(writer, record);
        }

        return builder.ToString();
    }

    /// <summary>
    /// One record as a standalone <c>&lt;record xmlns="http://www.loc.gov/MARC21/slim"&gt;</c> element with only the
    /// fields <paramref name="include"/> accepts: the same text <see cref="ToXml(MarcRecord)"/> gives for a copy of the
    /// record holding those fields, written straight into a pooled buffer without the copy.
    /// </summary>
    public static string ToXml(MarcRecord record, Func<MarcField, bool> include)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(include);
        return MarcXmlStringWriter.ToXml(record, include);
    }

    /// <summary>
    /// As <see cref="ToXml(MarcRecord, Func{MarcField, bool})"/>, with every attribute in single quotes (a single quote
    /// in a value written <c>&amp;apos;</c>): the same XML, whose text holds a double quote only where a field's value
    /// does — so it needs no escapes as a JSON string, which halves what a message carrying it costs to serialise
    /// and read back (decision 0024).
    /// </summary>
    public static string ToXmlSingleQuoted(MarcRecord record, Func<MarcField, bool> include)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(include);
        return MarcXmlStringWriter.ToXml(record, include, '\'');
    }

    private static void WriteDataField(XmlWriter writer, DataField data)
    {
        writer.WriteStartElement("datafield", MarcXml.Namespace);
        writer.WriteAttributeString("tag", XmlText.Sanitize(data.Tag));
        WriteChar(writer, "ind1", data.Indicator1);
        WriteChar(writer, "ind2", data.Indicator2);

        var subfields = data.Subfields;
        for (var i = 0; i < subfields.Count; i++)
        {
            var subfield = subfields[i];
            writer.WriteStartElement("subfield", MarcXml.Namespace);
            WriteChar(writer, "code", subfield.Code);
            writer.WriteString(XmlText.Sanitize(subfield.Value));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteChar(XmlWriter writer, string localName, char c)
    {
        var safe = c < 0x20 || char.IsSurrogate(c) || c > 0xFFFD ? '\uFFFD' : c;
        writer.WriteAttributeString(localName, CharStrings.Of(safe));
    }
}
