namespace Gateway.Marc;

/// <summary>
/// A subfield of a <see cref="MarcFieldView"/>: its code and its value as UTF-8 bytes. Valid only while the view is
/// on the same record (see <see cref="MarcRecordView"/>); used later it throws <see cref="InvalidOperationException"/>.
/// </summary>
public readonly struct MarcSubfieldView
{
    private readonly MarcRecordView _view;
    private readonly int _generation;
    private readonly int _index;

    internal MarcSubfieldView(MarcRecordView view, int generation, int index)
    {
        _view = view;
        _generation = generation;
        _index = index;
    }

    /// <summary>The subfield code (printable ASCII).</summary>
    public char Code => Entry.Code;

    /// <summary>The value as UTF-8 bytes (MARC-8 already converted, invalid UTF-8 already repaired).</summary>
    public ReadOnlySpan<byte> Value
    {
        get
        {
            ref readonly var entry = ref Entry;
            return _view.Bytes(entry.Start, entry.Length);
        }
    }

    /// <summary>The value as a string; short ASCII values are shared strings.</summary>
    public string GetString()
    {
        ref readonly var entry = ref Entry;
        return _view.GetString(entry.Start, entry.Length);
    }

    private ref readonly MarcRecordView.SubfieldEntry Entry =>
        ref (_view ?? throw new InvalidOperationException("A default MarcSubfieldView is not a subfield.")).SubfieldAt(_generation, _index);
}
