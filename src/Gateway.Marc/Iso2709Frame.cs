namespace Gateway.Marc;

/// <summary>Where one record lies in the framer's buffer, and what was wrong with its framing, if anything.</summary>
internal readonly record struct Iso2709Frame(int Offset, int Length, long StreamOffset, string? Problem);
