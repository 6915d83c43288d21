using System.Xml;

namespace Gateway.Marc;

/// <summary>Pulls MARC records out of an <see cref="XmlReader"/>, one per call. See <see cref="MarcXmlReader"/> for the rules.</summary>
internal sealed class MarcXmlParser
{
    private static readonly string BlankLeader = new(' ', 24);

    private readonly XmlReader _xml;
    private readonly ProblemSink _problems;
    private readonly string _record;
    private readonly string _leader;
    private readonly string _controlField;
    private readonly string _dataField;
    private readonly string _subfield;
    private readonly string _namespace;

    /// <summary>Reused for every data field; each field gets an exactly sized copy (no list and slack a field).</summary>
    private readonly List<Subfield> _subfields = [];
    private int _recordNumber;
    private bool _done;

    public MarcXmlParser(XmlReader xml, ProblemSink problems)
    {
        _xml = xml;
        _problems = problems;
        var names = xml.NameTable;
        _record = names.Add("record");
        _leader = names.Add("leader");
        _controlField = names.Add("controlfield");
        _dataField = names.Add("datafield");
        _subfield = names.Add("subfield");
        _namespace = names.Add(MarcXml.Namespace);
    }

    /// <summary>The next record, or null at the end of the document.</summary>
    public MarcRecord? Next()
    {
        if (_done)
        {
            return null;
        }

        try
        {
            var record = ReadNextRecord();
            _done = record is null;
            return record;
        }
        catch (XmlException ex)
        {
            _done = true;
            _problems.Report(_recordNumber, null, null, $"XML is not well-formed, reading stopped: {ex.Message}", ex);
            return null;
        }
    }

    private MarcRecord? ReadNextRecord()
    {
        var advance = true;
        while (true)
        {
            if (advance && !_xml.Read())
            {
                return null;
            }

            advance = true;
            if (_xml.NodeType != XmlNodeType.Element || !IsMarcElement())
            {
                continue;
            }

            var name = _xml.LocalName;
            if (Same(name, _record))
            {
                _recordNumber++;
                return ReadRecord();
            }

            if (Same(name, _leader) || Same(name, _controlField) || Same(name, _dataField) || Same(name, _subfield))
            {
                _problems.Report(_recordNumber, null, _xml.GetAttribute("tag"), $"<{name}> outside a <record> at {Where()}, skipped.");
                _xml.Skip();
                advance = false;
            }
        }
    }

    private MarcRecord ReadRecord()
    {
        var fields = new List<MarcField>();
        string? leader = null;
        if (!_xml.IsEmptyElement)
        {
            var depth = _xml.Depth;
            var advance = true;
            while (true)
            {
                if (advance && !_xml.Read())
                {
                    break;
                }

                advance = true;
                var node = _xml.NodeType;
                if (node == XmlNodeType.EndElement && _xml.Depth == depth)
                {
                    break;
                }

                if (node != XmlNodeType.Element)
                {
                    continue;
                }

                advance = false;
                var name = _xml.LocalName;
                if (!IsMarcElement())
                {
                    _xml.Skip();
                }
                else if (Same(name, _leader))
                {
                    leader = _xml.ReadElementContentAsString();
                }
                else if (Same(name, _controlField))
                {
                    ReadControlField(fields);
                }
                else if (Same(name, _dataField))
                {
                    ReadDataField(fields);
                }
                else
                {
                    // Extension elements (Koha puts OAI identifiers and datestamps here) are not MARC data.
                    _xml.Skip();
                }
            }
        }

        if (leader is null)
        {
            _problems.Report(_recordNumber, null, null, "Record has no <leader>; a blank leader is used.");
            leader = BlankLeader;
        }
        else if (leader.Length != 24)
        {
            _problems.Report(_recordNumber, null, null, $"Leader has {leader.Length} characters instead of 24; padded or cut.");
        }

        return new MarcRecord(leader, fields);
    }

    private void ReadControlField(List<MarcField> fields)
    {
        var tag = ReadTag();
        if (tag is null)
        {
            _xml.Skip();
            return;
        }

        fields.Add(new ControlField(tag, _xml.ReadElementContentAsString()));
    }

    private void ReadDataField(List<MarcField> fields)
    {
        var tag = ReadTag();
        if (tag is null)
        {
            _xml.Skip();
            return;
        }

        var ind1 = ReadIndicator("ind1", tag);
        var ind2 = ReadIndicator("ind2", tag);
        var subfields = _subfields;
        subfields.Clear();
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            fields.Add(new DataField(tag, ind1, ind2, Array.Empty<Subfield>()));
            return;
        }

        var depth = _xml.Depth;
        var advance = true;
        while (true)
        {
            if (advance && !_xml.Read())
            {
                break;
            }

            advance = true;
            var node = _xml.NodeType;
            if (node == XmlNodeType.EndElement && _xml.Depth == depth)
            {
                _xml.Read();
                break;
            }

            if (node != XmlNodeType.Element)
            {
                continue;
            }

            advance = false;
            if (!IsMarcElement() || !Same(_xml.LocalName, _subfield))
            {
                _problems.Report(_recordNumber, null, tag, $"Unexpected element <{_xml.LocalName}> in a datafield at {Where()}, skipped.");
                _xml.Skip();
                continue;
            }

            var code = _xml.GetAttribute("code");
            if (string.IsNullOrEmpty(code))
            {
                _problems.Report(_recordNumber, null, tag, $"Subfield without code at {Where()}, subfield skipped.");
                _xml.Skip();
                continue;
            }

            if (code.Length != 1)
            {
                _problems.Report(_recordNumber, null, tag, $"Subfield code '{code}' is not one character at {Where()}; first character used.");
            }

            subfields.Add(new Subfield(code[0], _xml.ReadElementContentAsString()));
        }

        fields.Add(new DataField(tag, ind1, ind2, subfields.ToArray()));
    }

    /// <summary>The tag attribute of the current field element, repaired if possible; null (after a report) when the field must be skipped.</summary>
    private string? ReadTag()
    {
        var tag = _xml.GetAttribute("tag");
        if (tag is { Length: 3 })
        {
            return Tags.Intern(tag); // the shared instance: records kept for a while hold no tag strings of their own
        }

        if (string.IsNullOrEmpty(tag))
        {
            _problems.Report(_recordNumber, null, null, $"<{_xml.LocalName}> without tag at {Where()}, field skipped.");
            return null;
        }

        if (tag.Length < 3 && IsDigits(tag))
        {
            var padded = tag.PadLeft(3, '0');
            _problems.Report(_recordNumber, null, padded, $"Tag '{tag}' at {Where()} padded to '{padded}'.");
            return padded;
        }

        _problems.Report(_recordNumber, null, tag, $"Tag '{tag}' at {Where()} is not three characters, field skipped.");
        return null;
    }

    private char ReadIndicator(string attribute, string tag)
    {
        var value = _xml.GetAttribute(attribute);
        if (string.IsNullOrEmpty(value))
        {
            return ' ';
        }

        if (value.Length != 1)
        {
            _problems.Report(_recordNumber, null, tag, $"Indicator {attribute}='{value}' is not one character at {Where()}; first character used.");
        }

        return value[0];
    }

    private bool IsMarcElement()
    {
        var ns = _xml.NamespaceURI;
        return ns.Length == 0 || Same(ns, _namespace);
    }

    private string Where() =>
        _xml is IXmlLineInfo info && info.HasLineInfo()
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {info.LineNumber}, column {info.LinePosition}")
            : "unknown position";

    private static bool Same(string atomized, string name) => ReferenceEquals(atomized, name) || string.Equals(atomized, name, StringComparison.Ordinal);

    private static bool IsDigits(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return value.Length > 0;
    }
}
