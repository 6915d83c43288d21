using System.Globalization;

namespace Gateway.Marc.Marc8;

/// <summary>What went wrong while decoding one MARC-8 value, gathered without allocating until something did.</summary>
internal struct Marc8Diagnostics
{
    /// <summary>The per-record message for CJK text, which is not converted yet.</summary>
    public const string EaccMessage = "EACC (CJK) not yet converted: each CJK character of this record is replaced with U+FFFD.";

    private int _firstUnknownOffset;
    private byte _firstUnknownByte;
    private string? _firstUnknownSet;
    private int _firstEscapeOffset;
    private string? _firstEscapeProblem;

    /// <summary>Bytes not defined in the set in use, each replaced with U+FFFD.</summary>
    public int UnknownBytes { get; private set; }

    /// <summary>Bad or incomplete escape sequences, skipped.</summary>
    public int BadEscapes { get; private set; }

    /// <summary>EACC (CJK) characters, each replaced with U+FFFD.</summary>
    public int EaccCharacters { get; private set; }

    /// <summary>Combining marks at the end of the value, with no base character after them (kept).</summary>
    public int DanglingMarks { get; set; }

    /// <summary>True when anything is to be reported.</summary>
    public readonly bool HasProblems => UnknownBytes + BadEscapes + EaccCharacters + DanglingMarks > 0;

    public void Unknown(int offset, byte value, string set)
    {
        if (UnknownBytes++ == 0)
        {
            _firstUnknownOffset = offset;
            _firstUnknownByte = value;
            _firstUnknownSet = set;
        }
    }

    public void BadEscape(int offset, string problem)
    {
        if (BadEscapes++ == 0)
        {
            _firstEscapeOffset = offset;
            _firstEscapeProblem = problem;
        }
    }

    public void Eacc() => EaccCharacters++;

    /// <summary>The messages to report for the value (without <see cref="EaccMessage"/>, which is per record).</summary>
    /// <param name="code">The subfield code, or '\0' for a control field.</param>
    public readonly List<string> Messages(char code)
    {
        var where = code == '\0' ? "the field" : $"subfield ${code}";
        var messages = new List<string>(3);
        if (UnknownBytes > 0)
        {
            messages.Add(string.Create(CultureInfo.InvariantCulture, $"MARC-8: {UnknownBytes} byte(s) not defined in the character set in use replaced with U+FFFD (first 0x{_firstUnknownByte:X2}, {_firstUnknownSet}, at byte {_firstUnknownOffset} of {where})."));
        }

        if (BadEscapes > 0)
        {
            messages.Add(string.Create(CultureInfo.InvariantCulture, $"MARC-8: {BadEscapes} bad or incomplete escape sequence(s) skipped (first at byte {_firstEscapeOffset} of {where}: {_firstEscapeProblem})."));
        }

        if (DanglingMarks > 0)
        {
            messages.Add(string.Create(CultureInfo.InvariantCulture, $"MARC-8: {DanglingMarks} combining mark(s) at the end of {where} with no base character after them, kept as they are."));
        }

        return messages;
    }
}
