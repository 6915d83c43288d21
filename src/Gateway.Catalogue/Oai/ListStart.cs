namespace Gateway.Catalogue.Oai;

/// <summary>
/// What a new list fixes at its first request, read in one statement (so in one snapshot of the store): the version
/// bound, the number of records the list holds under it (its <c>completeListSize</c>), and the position in the
/// datestamp log before its first record (where its keyset starts; 0 unless a <c>from</c> date lets it start later).
/// </summary>
/// <param name="Bound">The newest version: the list shows each record as of its newest version at or below it.</param>
/// <param name="Size">How many records the list holds (0: noRecordsMatch).</param>
/// <param name="After">The seq before the list's first record.</param>
internal sealed record ListStart(long Bound, int Size, long After);
