using System.Globalization;

namespace Gateway.Marc.Marc8;

/// <summary>What went wrong while decoding one MARC-8 value, gathered without allocating until something did.</summary>
internal struct Marc8Diagnostics
{
    private int _firstUnknownOffset;
    private byte _firstUnknownByte;
    private string? _firstUnknownSet;
    private int _firstEscapeOffset;
    private string? _firstEscapeProblem;
    private int _firstUnknownEaccOffset;
    private int _firstUnknownEaccCode;
    private int _firstCutEaccOffset;
    private string? _firstCutEaccBytes;

    /// <summary>Bytes not defined in the set in use, each replaced with U+FFFD.</summary>
    public int UnknownBytes { get; private set; }

    /// <summary>Bad or incomplete escape sequences, skipped.</summary>
    public int BadEscapes { get; private set; }

    /// <summary>EACC (CJK) codes not in the EACC table, each replaced with U+FFFD.</summary>
    public int UnknownEaccCodes { get; private set; }

    /// <summary>EACC (CJK) characters with fewer than their three bytes (at the end of the value, or before a byte that cannot continue them), each replaced with U+FFFD.</summary>
    public int CutEaccCharacters { get; private set; }

    /// <summary>Combining marks at the end of the value, with no base character after them (kept).</summary>
    public int DanglingMarks { get; set; }

    /// <summary>True when anything is to be reported.</summary>
    public readonly bool HasProblems => UnknownBytes + BadEscapes + UnknownEaccCodes + CutEaccCharacters + DanglingMarks > 0;

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

    public void UnknownEacc(int offset, int code)
    {
        if (UnknownEaccCodes++ == 0)
        {
            _firstUnknownEaccOffset = offset;
            _firstUnknownEaccCode = code;
        }
    }

    public void CutEacc(int offset, ReadOnlySpan<byte> bytes)
    {
        if (CutEaccCharacters++ == 0)
        {
            _firstCutEaccOffset = offset;
            _firstCutEaccBytes = string.Join(' ', bytes.ToArray().Select(b => string.Create(CultureInfo.InvariantCulture, $"0x{b:X2}")));
        }
    }

    /// <summary>The messages to report for the value.</summary>
    /// <param name="code">The subfield code, or '\0' for a control field.</param>
    public readonly List<string> Messages(char code)
    {
        var where = code == '\0' ? "the field" : $"subfield ${code}";
        var messages = new List<string>(5);
        if (UnknownBytes > 0)
        {
            messages.Add(string.Create(CultureInfo.InvariantCulture, $"MARC-8: {UnknownBytes} byte(s) not defined in the character set in use replaced with U+FFFD (first 0x{_firstUnknownByte:X2}, {_firstUnknownSet}, at byte {_firstUnknownOffset} of {where})."));
        }

        if (BadEscapes > 0)
        {
            messages.Add(string.Create(CultureInfo.InvariantCulture, $"MARC-8: {BadEscapes} bad or incomplete escape sequence(s) skipped (first at byte {_firstEscapeOffset} of {where}: {_firstEscapeProblem})."));
        }

        if (UnknownEaccCodes > 0)
        {
            messages.Add(string.Create(CultureInfo.InvariantCulture, $"MARC-8: {UnknownEaccCodes} EACC (CJK) code(s) not in the EACC table replaced with U+FFFD (first 0x{_firstUnknownEaccCode:X6} at byte {_firstUnknownEaccOffset} of {where})."));
        }

        if (CutEaccCharacters > 0)
        {
            messages.Add(string.Create(CultureInfo.InvariantCulture, $"MARC-8: {CutEaccCharacters} EACC (CJK) character(s) cut short replaced with U+FFFD (first at byte {_firstCutEaccOffset} of {where}: {_firstCutEaccBytes}, not the three bytes of a character)."));
        }

        if (DanglingMarks > 0)
        {
            messages.Add(string.Create(CultureInfo.InvariantCulture, $"MARC-8: {DanglingMarks} combining mark(s) at the end of {where} with no base character after them, kept as they are."));
        }

        return messages;
    }
}
