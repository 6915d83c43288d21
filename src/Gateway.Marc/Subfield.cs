namespace Gateway.Marc;

/// <summary>A subfield: a one-character code and its value.</summary>
public readonly record struct Subfield(char Code, string Value);
