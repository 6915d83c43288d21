using System.Buffers;

namespace Gateway.Marc;

/// <summary>
/// A MARCXML document in memory read into views (decision 0031): for each record its leader and, for each field and
/// subfield, where its text lies in the document's UTF-8 bytes, with no strings made for values. For callers that
/// write records again or read only a few of their fields — the Koha adapter writes each fetched record's MARCXML
/// without its local fields, copying the text that needs no change, and builds the description from the few fields
/// it reads (<see cref="DescriptionExtractor.ReadsField"/>).
/// </summary>
/// <remarks>
/// <see cref="TryRead"/> accepts exactly the documents <see cref="MarcXmlReader.Read(ReadOnlyMemory{byte}, MarcReadOptions?)"/>
/// reads on its fast path (decision 0028) and gives null for every other one, which the caller then reads with
/// <see cref="MarcXmlReader"/>: <see cref="ToRecord"/> of every record is then the record that reader gives, and
/// <see cref="ToXmlSingleQuoted"/> the text <see cref="MarcXmlWriter.ToXmlSingleQuoted"/> writes of it. The page
/// reads the document's bytes until it is disposed: the caller keeps them unchanged until then.
/// </remarks>
public sealed class MarcXmlViewPage : IDisposable
{
    private ReadOnlyMemory<byte> _document;
    private RecordEntry[] _records = [];
    private FieldEntry[] _fields = [];
    private SubfieldEntry[] _subfields = [];
    private int _recordCount;
    private int _fieldCount;
    private int _subfieldCount;

    private MarcXmlViewPage(ReadOnlyMemory<byte> document) => _document = document;

    /// <summary>How many records the document holds.</summary>
    public int Count => _recordCount;

    /// <summary>Fields read so far (the scanner's mark for a record's first field).</summary>
    internal int FieldCount => _fieldCount;

    /// <summary>
    /// The document's records as views, or null when it is outside the subset the fast path reads (then read it with
    /// <see cref="MarcXmlReader.Read(ReadOnlyMemory{byte}, MarcReadOptions?)"/>, which reports its problems).
    /// </summary>
    public static MarcXmlViewPage? TryRead(ReadOnlyMemory<byte> document)
    {
        if (document.Span.StartsWith("\uFEFF"u8))
        {
            document = document[3..];
        }

        var page = new MarcXmlViewPage(document);
        if (MarcXmlUtf8Scanner.TryReadViews(document.Span, page))
        {
            return page;
        }

        page.Dispose();
        return null;
    }

    /// <summary>The leader of a record (24 characters).</summary>
    public string Leader(int record) => Record(record).Leader;

    /// <summary>The value of the first control field with the tag, or null (as <see cref="MarcRecord.ControlValue"/>).</summary>
    public string? ControlValue(int record, string tag)
    {
        var entry = Record(record);
        for (var f = entry.FirstField; f < entry.EndField; f++)
        {
            ref readonly var field = ref _fields[f];
            if (field.IsControl && field.Tag == tag)
            {
                return Text(field.ValueStart, field.ValueLength);
            }
        }

        return null;
    }

    /// <summary>The first subfield value with the code among the data fields with the tag, or null (as <see cref="MarcRecord.FirstValue"/>).</summary>
    public string? FirstValue(int record, string tag, char code)
    {
        var entry = Record(record);
        for (var f = entry.FirstField; f < entry.EndField; f++)
        {
            ref readonly var field = ref _fields[f];
            if (field.IsControl || field.Tag != tag)
            {
                continue;
            }

            for (var s = field.FirstSubfield; s < field.FirstSubfield + field.SubfieldCount; s++)
            {
                if (_subfields[s].Code == code)
                {
                    return Text(_subfields[s].Start, _subfields[s].Length);
                }
            }
        }

        return null;
    }

    /// <summary>The record as the model, with only the fields whose tag <paramref name="include"/> accepts (all when null), in order.</summary>
    public MarcRecord ToRecord(int record, Func<string, bool>? include = null)
    {
        var entry = Record(record);
        var fields = new List<MarcField>(include is null ? entry.EndField - entry.FirstField : 8);
        for (var f = entry.FirstField; f < entry.EndField; f++)
        {
            ref readonly var field = ref _fields[f];
            if (include is not null && !include(field.Tag))
            {
                continue;
            }

            if (field.IsControl)
            {
                fields.Add(new ControlField(field.Tag, Text(field.ValueStart, field.ValueLength)));
                continue;
            }

            var subfields = field.SubfieldCount == 0 ? Array.Empty<Subfield>() : new Subfield[field.SubfieldCount];
            for (var s = 0; s < subfields.Length; s++)
            {
                ref readonly var subfield = ref _subfields[field.FirstSubfield + s];
                subfields[s] = new Subfield(subfield.Code, Text(subfield.Start, subfield.Length));
            }

            fields.Add(new DataField(field.Tag, field.Indicator1, field.Indicator2, subfields));
        }

        return new MarcRecord(entry.Leader, fields, owned: true);
    }

    /// <summary>
    /// A record as a standalone MARCXML <c>&lt;record&gt;</c> with its attributes in single quotes, only the fields whose
    /// tag <paramref name="include"/> accepts: the text <see cref="MarcXmlWriter.ToXmlSingleQuoted"/> writes of
    /// <see cref="ToRecord"/>, with the text of values that need no change copied from the document.
    /// </summary>
    public string ToXmlSingleQuoted(int record, Func<string, bool> include)
    {
        ArgumentNullException.ThrowIfNull(include);
        return MarcXmlStringWriter.ToXml(this, record, include, '\'');
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Return(ref _records);
        Return(ref _fields);
        Return(ref _subfields);
        _recordCount = _fieldCount = _subfieldCount = 0;
        _document = default;
    }

    internal void AddRecord(string leader, int firstField)
    {
        Ensure(ref _records, _recordCount);
        _records[_recordCount++] = new RecordEntry(leader, firstField, _fieldCount);
    }

    internal void AddControlField(string tag, int start, int length)
    {
        Ensure(ref _fields, _fieldCount);
        _fields[_fieldCount++] = new FieldEntry(tag, ' ', ' ', true, start, length, 0, 0);
    }

    internal void AddDataField(string tag, char indicator1, char indicator2)
    {
        Ensure(ref _fields, _fieldCount);
        _fields[_fieldCount++] = new FieldEntry(tag, indicator1, indicator2, false, 0, 0, _subfieldCount, 0);
    }

    /// <summary>Adds a subfield to the data field added last.</summary>
    internal void AddSubfield(char code, int start, int length)
    {
        Ensure(ref _subfields, _subfieldCount);
        _subfields[_subfieldCount++] = new SubfieldEntry(code, start, length);
        _fields[_fieldCount - 1].SubfieldCount++;
    }

    internal RecordEntry Record(int record)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(record);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(record, _recordCount);
        return _records[record];
    }

    internal ref readonly FieldEntry Field(int field) => ref _fields[field];

    internal ref readonly SubfieldEntry Subfield(int subfield) => ref _subfields[subfield];

    /// <summary>The raw (still escaped) UTF-8 text at a place in the document.</summary>
    internal ReadOnlySpan<byte> Raw(int start, int length) => _document.Span.Slice(start, length);

    /// <summary>A value's text decoded, as the scanner decodes it for the model.</summary>
    private string Text(int start, int length) => length == 0 ? string.Empty : XmlUtf8.Decode(_document.Span.Slice(start, length));

    private static void Ensure<T>(ref T[] array, int count)
    {
        if (count < array.Length)
        {
            return;
        }

        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(64, array.Length * 2));
        array.AsSpan(0, count).CopyTo(bigger);
        Return(ref array);
        array = bigger;
    }

    private static void Return<T>(ref T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array, clearArray: System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }

        array = [];
    }

    /// <summary>A record: its leader and its fields' range.</summary>
    internal readonly record struct RecordEntry(string Leader, int FirstField, int EndField);

    /// <summary>A field: a control field's text, or a data field's indicators and subfields' range.</summary>
    internal record struct FieldEntry(
        string Tag, char Indicator1, char Indicator2, bool IsControl, int ValueStart, int ValueLength, int FirstSubfield, int SubfieldCount);

    /// <summary>A subfield: its code and where its text lies.</summary>
    internal readonly record struct SubfieldEntry(char Code, int Start, int Length);
}
