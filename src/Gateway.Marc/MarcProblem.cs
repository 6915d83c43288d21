namespace Gateway.Marc;

/// <summary>A problem found while reading MARC in lenient mode, reported instead of thrown.</summary>
/// <param name="RecordNumber">1-based number of the record in its stream or document (0 when outside any record).</param>
/// <param name="ByteOffset">Offset where the record starts in binary input; null for XML and JSON.</param>
/// <param name="Tag">Tag of the field at fault, if any.</param>
/// <param name="Message">What was wrong and what the reader did about it.</param>
public sealed record MarcProblem(int RecordNumber, long? ByteOffset, string? Tag, string Message);
