using System.Text.Json;

namespace Gateway.Simulators.Koha.Query;

/// <summary>
/// Answers the common list requests without scanning and sorting the whole collection: no q in key order,
/// keyset ranges in (timestamp, key) order by binary search, and key lists (<c>{"biblio_id":{"-in":[…]}}</c>) by
/// lookup. Returns null whenever the request is anything else, and the general path answers it.
/// </summary>
internal static class FastPaths
{
    public static (IReadOnlyList<T> Rows, int Start, int Count)? TryRun<T>(KeysetSource<T> source, FieldMap<T> map, OrderBy<T> order, IReadOnlyList<string> queries)
        where T : class
    {
        var timestamp = map.Find("timestamp");
        if (order.Is(map.Key) && queries.Count == 0)
        {
            return (source.ByKey, 0, source.ByKey.Count);
        }

        if (order.Is(map.Key) && queries.Count == 1 && KeyList(queries[0], map.Key.Name) is { } keys)
        {
            var rows = keys.Select(source.Find).OfType<T>().ToList();
            return (rows, 0, rows.Count);
        }

        if (timestamp is null || !order.Is(timestamp, map.Key))
        {
            return null;
        }

        var parser = new KeysetQueryParser(timestamp.Name, map.Key.Name);
        var range = KeysetInterval.All;
        foreach (var q in queries)
        {
            if (parser.Parse(q) is not { } part)
            {
                return null;
            }

            range = range.Intersect(part);
        }

        var rowsByTime = source.ByTimestamp;
        var start = First(rowsByTime, row => range.AboveLower(source.Timestamp(row).UtcTicks, source.Key(row)));
        var end = First(rowsByTime, row => range.BeyondUpper(source.Timestamp(row).UtcTicks, source.Key(row)));
        return (rowsByTime, start, Math.Max(0, end - start));
    }

    /// <summary>The first index whose row satisfies a predicate that is false then true along the list.</summary>
    private static int First<T>(IReadOnlyList<T> rows, Func<T, bool> predicate)
    {
        int low = 0, high = rows.Count;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (predicate(rows[mid]))
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }

    /// <summary>Distinct keys in ascending order from <c>{"key":{"-in":[…]}}</c> or <c>{"key":N}</c>; null for anything else.</summary>
    private static List<long>? KeyList(string json, string keyField)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.EnumerateObject().ToList() is not [var property]
                || (property.Name != keyField && property.Name != "me." + keyField))
            {
                return null;
            }

            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Number)
            {
                return value.TryGetInt64(out var single) ? [single] : null;
            }

            if (value.ValueKind != JsonValueKind.Object || value.EnumerateObject().ToList() is not [{ Name: "-in" } op]
                || op.Value.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var keys = new SortedSet<long>();
            foreach (var element in op.Value.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var key))
                {
                    return null;
                }

                keys.Add(key);
            }

            return [.. keys];
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
