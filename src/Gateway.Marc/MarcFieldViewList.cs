namespace Gateway.Marc;

/// <summary>The fields of a <see cref="MarcRecordView"/>, in record order; a <c>foreach</c> over it allocates nothing.</summary>
public readonly struct MarcFieldViewList
{
    private readonly MarcRecordView _view;
    private readonly int _generation;
    private readonly int _first;

    internal MarcFieldViewList(MarcRecordView view, int generation, int first, int count)
    {
        _view = view;
        _generation = generation;
        _first = first;
        Count = count;
    }

    /// <summary>Number of fields.</summary>
    public int Count { get; }

    /// <summary>The field at <paramref name="index"/> (0-based).</summary>
    public MarcFieldView this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new MarcFieldView(_view, _generation, _first + index);
        }
    }

    /// <summary>An allocation-free enumerator.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Enumerates the fields; checks on each step that the view is still on the same record.</summary>
    public struct Enumerator
    {
        private readonly MarcFieldViewList _list;
        private int _index;

        internal Enumerator(MarcFieldViewList list)
        {
            _list = list;
            _index = -1;
        }

        /// <summary>The current field.</summary>
        public readonly MarcFieldView Current => new(_list._view, _list._generation, _list._first + _index);

        /// <summary>Moves to the next field.</summary>
        public bool MoveNext()
        {
            _list._view?.Check(_list._generation);
            return ++_index < _list.Count;
        }
    }
}
