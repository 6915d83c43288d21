namespace Gateway.Catalogue.Oai;

/// <summary>
/// The stored <c>cluster_sets</c> rows that put a record in one OAI set (<see cref="StoredSets.RowsOf"/>): a row of any
/// of <paramref name="Specs"/>, or, when <paramref name="Prefix"/> is given, a row whose spec starts with it.
/// </summary>
/// <param name="Specs">Stored set specs, any of which puts a record in the set (empty with a prefix, or when no stored
/// set can: a region no registered system is in).</param>
/// <param name="Prefix">For a parent set stored only as its children (<c>system:</c>, <c>library:</c>); otherwise null.</param>
internal sealed record SetRows(IReadOnlyList<string> Specs, string? Prefix);
