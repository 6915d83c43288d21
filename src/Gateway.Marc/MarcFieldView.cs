namespace Gateway.Marc;

/// <summary>
/// A field of a <see cref="MarcRecordView"/>: its tag, and either a control field's value or a data field's
/// indicators and subfields, as UTF-8 bytes. Valid only while the view is on the same record (see
/// <see cref="MarcRecordView"/>); used later it throws <see cref="InvalidOperationException"/>.
/// </summary>
public readonly struct MarcFieldView
{
    private readonly MarcRecordView _view;
    private readonly int _generation;
    private readonly int _index;

    internal MarcFieldView(MarcRecordView view, int generation, int index)
    {
        _view = view;
        _generation = generation;
        _index = index;
    }

    /// <summary>The tag: a shared string for 000-999 (no allocation), a new string for other tags.</summary>
    public string Tag => MarcRecordView.TagString(Entry.Tag);

    /// <summary>The tag as a number (245 for "245"), or -1 when it is not three digits. Compares without a string.</summary>
    public int TagNumber
    {
        get
        {
            var packed = Entry.Tag;
            int a = (byte)(packed >> 16) - '0', b = (byte)(packed >> 8) - '0', c = (byte)packed - '0';
            return (uint)a <= 9 && (uint)b <= 9 && (uint)c <= 9 ? (a * 100) + (b * 10) + c : -1;
        }
    }

    /// <summary>True for a control field (tag 00X): a value, no indicators or subfields.</summary>
    public bool IsControlField => Entry.IsControl;

    /// <summary>A control field's value as UTF-8 bytes; empty for a data field.</summary>
    public ReadOnlySpan<byte> Value
    {
        get
        {
            ref readonly var entry = ref Entry;
            return _view.Bytes(entry.ValueStart, entry.ValueLength);
        }
    }

    /// <summary>First indicator (blank for a control field, or when the record's was missing or not printable).</summary>
    public char Indicator1 => Entry.Indicator1;

    /// <summary>Second indicator (blank for a control field, or when the record's was missing or not printable).</summary>
    public char Indicator2 => Entry.Indicator2;

    /// <summary>Number of subfields (0 for a control field).</summary>
    public int SubfieldCount => Entry.SubfieldCount;

    /// <summary>The subfields in order, enumerable without allocation.</summary>
    public MarcSubfieldViewList Subfields
    {
        get
        {
            ref readonly var entry = ref Entry;
            return new MarcSubfieldViewList(_view, _generation, entry.FirstSubfield, entry.SubfieldCount);
        }
    }

    /// <summary>The subfield at <paramref name="index"/> (0-based).</summary>
    public MarcSubfieldView GetSubfield(int index)
    {
        ref readonly var entry = ref Entry;
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, entry.SubfieldCount);
        return new MarcSubfieldView(_view, _generation, entry.FirstSubfield + index);
    }

    /// <summary>The first subfield with the code, if any.</summary>
    public bool TryGetSubfield(char code, out MarcSubfieldView subfield)
    {
        ref readonly var entry = ref Entry;
        for (var i = entry.FirstSubfield; i < entry.FirstSubfield + entry.SubfieldCount; i++)
        {
            if (_view.SubfieldAt(_generation, i).Code == code)
            {
                subfield = new MarcSubfieldView(_view, _generation, i);
                return true;
            }
        }

        subfield = default;
        return false;
    }

    /// <summary>A control field's value as a string (empty for a data field); short ASCII values are shared strings.</summary>
    public string GetString()
    {
        ref readonly var entry = ref Entry;
        return _view.GetString(entry.ValueStart, entry.ValueLength);
    }

    private ref readonly MarcRecordView.FieldEntry Entry =>
        ref (_view ?? throw new InvalidOperationException("A default MarcFieldView is not a field.")).FieldAt(_generation, _index);
}
