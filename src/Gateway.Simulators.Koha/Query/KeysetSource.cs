namespace Gateway.Simulators.Koha.Query;

/// <summary>
/// What the list fast paths need from a resource kept in order: its rows by key and by (timestamp, key), a
/// lookup by key, and how to read both values. Lets keyset and id-list queries skip the scan and the sort.
/// </summary>
internal sealed record KeysetSource<T>(
    IReadOnlyList<T> ByKey,
    IReadOnlyList<T> ByTimestamp,
    Func<long, T?> Find,
    Func<T, DateTimeOffset> Timestamp,
    Func<T, long> Key)
    where T : class;
