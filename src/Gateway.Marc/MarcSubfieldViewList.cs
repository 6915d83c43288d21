namespace Gateway.Marc;

/// <summary>The subfields of a <see cref="MarcFieldView"/>, in order; a <c>foreach</c> over it allocates nothing.</summary>
public readonly struct MarcSubfieldViewList
{
    private readonly MarcRecordView _view;
    private readonly int _generation;
    private readonly int _first;

    internal MarcSubfieldViewList(MarcRecordView view, int generation, int first, int count)
    {
        _view = view;
        _generation = generation;
        _first = first;
        Count = count;
    }

    /// <summary>Number of subfields.</summary>
    public int Count { get; }

    /// <summary>The subfield at <paramref name="index"/> (0-based).</summary>
    public MarcSubfieldView this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new MarcSubfieldView(_view, _generation, _first + index);
        }
    }

    /// <summary>An allocation-free enumerator.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates the subfields; checks on each step that the view is still on the same record.</summary>
    public struct Enumerator
    {
        private readonly MarcSubfieldViewList _list;
        private int _index;

        internal Enumerator(MarcSubfieldViewList list)
        {
            _list = list;
            _index = -1;
        }

        /// <summary>The current subfield.</summary>
        public readonly MarcSubfieldView Current => new(_list._view, _list._generation, _list._first + _index);

        /// <summary>Moves to the next subfield.</summary>
        public bool MoveNext()
        {
            _list._view?.Check(_list._generation);
            return ++_index < _list.Count;
        }
    }
}
