using System.Buffers;
using System.Text;

namespace Gateway.Marc;

/// <summary>
/// One binary MARC record read by <see cref="Iso2709Reader.ReadViews"/>, seen in place: the leader, the fields and
/// their subfields as spans of UTF-8 bytes over the reader's buffers, with no allocation per record. Strings are made
/// only when asked for (<see cref="MarcFieldView.GetString"/>, <see cref="MarcSubfieldView.GetString"/>,
/// <see cref="ToRecord"/>).
/// </summary>
/// <remarks>
/// <para><b>Lifetime.</b> The reader reuses one view for the whole stream: it is valid until the enumerator moves on
/// (the next <c>MoveNext</c>, or the end of the <c>foreach</c>). Keep what you need as strings or as a
/// <see cref="MarcRecord"/> (<see cref="ToRecord"/>) before then. A <see cref="MarcFieldView"/> or
/// <see cref="MarcSubfieldView"/> kept past that point throws <see cref="InvalidOperationException"/> when used; a
/// span taken from one is not checked and then shows other bytes.</para>
/// <para><b>Text.</b> Values are always UTF-8: MARC-8 records (leader/09 blank) are converted to Unicode NFC once,
/// when the record is read, into a buffer of the view; invalid UTF-8 is repaired with U+FFFD. Every problem is
/// reported while the record is read, exactly as <see cref="Iso2709Reader.Read"/> reports it (that reader is this
/// view followed by <see cref="ToRecord"/>).</para>
/// </remarks>
public sealed class MarcRecordView
{
    private const int InitialFields = 64;
    private const int InitialSubfields = 256;

    private byte[]? _source;
    private int _frameStart;
    private int _frameLength;
    private FieldEntry[] _fields = ArrayPool<FieldEntry>.Shared.Rent(InitialFields);
    private SubfieldEntry[] _subfields = ArrayPool<SubfieldEntry>.Shared.Rent(InitialSubfields);
    private byte[] _text = ArrayPool<byte>.Shared.Rent(4096);
    private int _fieldCount;
    private int _subfieldCount;
    private int _textLength;

    internal MarcRecordView()
    {
    }

    /// <summary>Changes each time the view moves to another record; field and subfield views check it.</summary>
    internal int Generation { get; private set; }

    /// <summary>1-based number of the record in the stream, as problems report it (a skipped record keeps its number).</summary>
    public int Number { get { Check(); return field; } private set; }

    /// <summary>Byte offset of the record's first byte in the stream (from where reading started).</summary>
    public long Offset { get { Check(); return field; } private set; }

    /// <summary>The 24 bytes of the leader, as read (ASCII in well-formed records).</summary>
    public ReadOnlySpan<byte> Leader
    {
        get
        {
            Check();
            return _source.AsSpan(_frameStart, Iso2709.LeaderLength);
        }
    }

    /// <summary>The record's bytes as read: leader, directory, data and (when present) the record terminator.</summary>
    public ReadOnlySpan<byte> RawBytes
    {
        get
        {
            Check();
            return _source.AsSpan(_frameStart, _frameLength);
        }
    }

    /// <summary>True when the record was MARC-8 (leader/09 blank); its values are shown converted to UTF-8 NFC.</summary>
    public bool IsMarc8 { get { Check(); return field; } private set; }

    /// <summary>Number of fields (control and data) read from the record; skipped fields are not counted.</summary>
    public int FieldCount
    {
        get
        {
            Check();
            return _fieldCount;
        }
    }

    /// <summary>The fields in record order, enumerable without allocation.</summary>
    public MarcFieldViewList Fields
    {
        get
        {
            Check();
            return new MarcFieldViewList(this, Generation, 0, _fieldCount);
        }
    }

    /// <summary>The field at <paramref name="index"/> (0-based, record order).</summary>
    public MarcFieldView GetField(int index)
    {
        Check();
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _fieldCount);
        return new MarcFieldView(this, Generation, index);
    }

    /// <summary>The first field with the tag, if any (e.g. <c>TryGetField("001", out var id)</c>).</summary>
    public bool TryGetField(string tag, out MarcFieldView field)
    {
        ArgumentNullException.ThrowIfNull(tag);
        Check();
        var packed = tag.Length == 3 && tag[0] < 256 && tag[1] < 256 && tag[2] < 256 ? Pack(tag[0], tag[1], tag[2]) : -1;
        for (var i = 0; i < _fieldCount; i++)
        {
            if (_fields[i].Tag == packed)
            {
                field = new MarcFieldView(this, Generation, i);
                return true;
            }
        }

        field = default;
        return false;
    }

    /// <summary>The record as a <see cref="MarcRecord"/> (a copy that outlives the view), with the same strings <see cref="Iso2709Reader.Read"/> gives.</summary>
    public MarcRecord ToRecord()
    {
        Check();
        var fields = new List<MarcField>(_fieldCount);
        for (var i = 0; i < _fieldCount; i++)
        {
            ref readonly var entry = ref _fields[i];
            var tag = TagString(entry.Tag);
            if (entry.IsControl)
            {
                fields.Add(new ControlField(tag, GetString(entry.ValueStart, entry.ValueLength)));
                continue;
            }

            var subfields = entry.SubfieldCount == 0 ? [] : new Subfield[entry.SubfieldCount];
            for (var s = 0; s < subfields.Length; s++)
            {
                ref readonly var subfield = ref _subfields[entry.FirstSubfield + s];
                subfields[s] = new Subfield(subfield.Code, GetString(subfield.Start, subfield.Length));
            }

            fields.Add(new DataField(tag, entry.Indicator1, entry.Indicator2, subfields));
        }

        return new MarcRecord(Encoding.Latin1.GetString(Leader), fields, owned: true);
    }

    internal ref readonly FieldEntry FieldAt(int generation, int index)
    {
        Check(generation);
        return ref _fields[index];
    }

    internal ref readonly SubfieldEntry SubfieldAt(int generation, int index)
    {
        Check(generation);
        return ref _subfields[index];
    }

    /// <summary>Bytes of a value: at or after 0, in the record as read; below 0 (<c>~index</c>), in the converted text.</summary>
    internal ReadOnlySpan<byte> Bytes(int start, int length) =>
        start >= 0 ? _source.AsSpan(start, length) : _text.AsSpan(~start, length);

    /// <summary>A value as a string: short ASCII values shared (<see cref="ShortStrings"/>), as the reader always did.</summary>
    internal string GetString(int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        var bytes = Bytes(start, length);
        return (length <= ShortStrings.MaxLength ? ShortStrings.Get(bytes) : null) ?? Encoding.UTF8.GetString(bytes);
    }

    internal static int Pack(int a, int b, int c) => (a << 16) | (b << 8) | c;

    /// <summary>The tag string: shared for 000-999 (<see cref="Tags"/>), a new Latin-1 string otherwise.</summary>
    internal static string TagString(int packed)
    {
        ReadOnlySpan<byte> bytes = [(byte)(packed >> 16), (byte)(packed >> 8), (byte)packed];
        return Tags.FromBytes(bytes);
    }

    /// <summary>Starts the next record: frees nothing, forgets the previous record's fields.</summary>
    internal void Begin(byte[] source, int frameStart, int frameLength, int number, long offset)
    {
        Generation++;
        _source = source;
        _frameStart = frameStart;
        _frameLength = frameLength;
        _fieldCount = 0;
        _subfieldCount = 0;
        _textLength = 0;
        Number = number;
        Offset = offset;
        IsMarc8 = false;
    }

    internal void SetMarc8() => IsMarc8 = true;

    internal void AddControlField(int tag, int valueStart, int valueLength)
    {
        if (_fieldCount == _fields.Length)
        {
            Grow(ref _fields);
        }

        _fields[_fieldCount++] = new FieldEntry(tag, true, ' ', ' ', valueStart, valueLength, 0, 0);
    }

    /// <summary>Adds a data field; its subfields follow with <see cref="AddSubfield"/>.</summary>
    internal void AddDataField(int tag, char indicator1, char indicator2)
    {
        if (_fieldCount == _fields.Length)
        {
            Grow(ref _fields);
        }

        _fields[_fieldCount++] = new FieldEntry(tag, false, indicator1, indicator2, 0, 0, _subfieldCount, 0);
    }

    /// <summary>Adds a subfield to the last data field.</summary>
    internal void AddSubfield(char code, int start, int length)
    {
        if (_subfieldCount == _subfields.Length)
        {
            Grow(ref _subfields);
        }

        _subfields[_subfieldCount++] = new SubfieldEntry(code, start, length);
        _fields[_fieldCount - 1].SubfieldCount++;
    }

    /// <summary>Room for <paramref name="count"/> more bytes of converted text; returns where they go (write, then <see cref="CommitText"/>).</summary>
    internal Span<byte> ReserveText(int count)
    {
        if (_text.Length - _textLength < count)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_text.Length * 2, _textLength + count));
            _text.AsSpan(0, _textLength).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_text);
            _text = larger;
        }

        return _text.AsSpan(_textLength);
    }

    /// <summary>Keeps <paramref name="count"/> bytes written after <see cref="ReserveText"/>; returns the value's start for <see cref="Bytes"/>.</summary>
    internal int CommitText(int count)
    {
        var start = ~_textLength;
        _textLength += count;
        return start;
    }

    /// <summary>Ends the view's life (the end of the stream): later use throws, pooled arrays go back to the pool.</summary>
    internal void Release()
    {
        Generation++;
        _source = null;
        _fieldCount = 0;
        _subfieldCount = 0;
        _textLength = 0;
        ArrayPool<FieldEntry>.Shared.Return(_fields);
        ArrayPool<SubfieldEntry>.Shared.Return(_subfields);
        ArrayPool<byte>.Shared.Return(_text);
        _fields = [];
        _subfields = [];
        _text = [];
    }

    internal void Check(int generation)
    {
        if (generation != Generation || _source is null)
        {
            throw new InvalidOperationException(
                "This field or subfield belongs to a record the reader has moved past: a MarcRecordView is valid only until the next record is read. Keep strings or ToRecord() instead.");
        }
    }

    private void Check()
    {
        if (_source is null)
        {
            throw new InvalidOperationException("The record view is no longer valid: the reader has finished. Keep strings or ToRecord() instead.");
        }
    }

    private static void Grow<T>(ref T[] array)
    {
        var larger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        array.AsSpan().CopyTo(larger);
        ArrayPool<T>.Shared.Return(array);
        array = larger;
    }

    /// <summary>One field: its tag (three bytes packed), kind, indicators, and its value (control) or subfield range (data).</summary>
    internal struct FieldEntry(int tag, bool isControl, char indicator1, char indicator2, int valueStart, int valueLength, int firstSubfield, int subfieldCount)
    {
        public readonly int Tag = tag;
        public readonly bool IsControl = isControl;
        public readonly char Indicator1 = indicator1;
        public readonly char Indicator2 = indicator2;
        public readonly int ValueStart = valueStart;
        public readonly int ValueLength = valueLength;
        public readonly int FirstSubfield = firstSubfield;
        public int SubfieldCount = subfieldCount;
    }

    /// <summary>One subfield: its code and where its UTF-8 value lies (see <see cref="Bytes"/>).</summary>
    internal readonly struct SubfieldEntry(char code, int start, int length)
    {
        public readonly char Code = code;
        public readonly int Start = start;
        public readonly int Length = length;
    }
}
