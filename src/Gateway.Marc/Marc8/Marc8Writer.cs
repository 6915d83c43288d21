namespace Gateway.Marc.Marc8;

/// <summary>
/// Writes decoded characters, moving combining marks after their base: MARC-8 writes "marks, base", Unicode
/// "base, marks". Pending marks are written at once and the base is slipped in before them when it comes.
/// </summary>
internal ref struct Marc8Writer(Span<char> output)
{
    private readonly Span<char> _output = output;
    private int _marks = -1;

    /// <summary>Characters written.</summary>
    public int Length { get; private set; }

    /// <summary>True once a mark, or a character that NFC may change, was written: the text needs normalising.</summary>
    public bool NeedsNormalizing { get; private set; }

    /// <summary>Marks written with no base after them yet.</summary>
    public readonly int PendingMarks => _marks < 0 ? 0 : Length - _marks;

    /// <summary>A base (spacing) character: it goes before the pending marks, if any.</summary>
    public void Base(char c, bool normalizes = false)
    {
        NeedsNormalizing |= normalizes;

        if (_marks >= 0)
        {
            _output[_marks..Length].CopyTo(_output[(_marks + 1)..]);
            _output[_marks] = c;
            _marks = -1;
        }
        else
        {
            _output[Length] = c;
        }

        Length++;
    }

    /// <summary>A base character outside the BMP (a surrogate pair): both halves go before the pending marks, if any.</summary>
    public void Base(char high, char low, bool normalizes)
    {
        NeedsNormalizing |= normalizes;

        if (_marks >= 0)
        {
            _output[_marks..Length].CopyTo(_output[(_marks + 2)..]);
            _output[_marks] = high;
            _output[_marks + 1] = low;
            _marks = -1;
        }
        else
        {
            _output[Length] = high;
            _output[Length + 1] = low;
        }

        Length += 2;
    }

    /// <summary>A combining mark, which belongs to the next base character.</summary>
    public void Mark(char c)
    {
        NeedsNormalizing = true;
        if (_marks < 0)
        {
            _marks = Length;
        }

        _output[Length++] = c;
    }
}
