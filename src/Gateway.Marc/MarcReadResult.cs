namespace Gateway.Marc;

/// <summary>A record read from a stream, with where it was found.</summary>
/// <param name="Record">The record.</param>
/// <param name="Number">1-based number of the record in the stream, counted as problems report it (a record skipped as unusable still takes its number).</param>
/// <param name="Offset">Byte offset of the record's first byte in the stream (from where reading started).</param>
public readonly record struct MarcReadResult(MarcRecord Record, int Number, long Offset);
