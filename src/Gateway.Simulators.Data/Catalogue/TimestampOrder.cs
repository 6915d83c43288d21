namespace Gateway.Simulators.Data.Catalogue;

/// <summary>
/// Keeps ids sorted by (timestamp, id), the order a keyset harvest reads in. A change tick moves only what it
/// touched: the untouched ids keep their order and the touched ones are merged back in, O(n) per tick.
/// </summary>
internal static class TimestampOrder
{
    public static int[] Build<T>(T?[] byId, Func<T, DateTimeOffset> timestamp)
        where T : class
    {
        var ids = new List<int>(byId.Length);
        for (var id = 0; id < byId.Length; id++)
        {
            if (byId[id] is not null)
            {
                ids.Add(id);
            }
        }

        var keys = ids.Select(id => timestamp(byId[id]!).UtcTicks).ToArray();
        var order = ids.ToArray();
        Array.Sort(keys, order); // ids ascend within equal timestamps: Array.Sort is unstable, so fix ties below
        SortTies(order, keys);
        return order;
    }

    /// <summary>The order after a tick: ids in <paramref name="touched"/> (and ids now absent) leave, live touched ids are merged back.</summary>
    public static int[] Advance<T>(int[] order, IReadOnlySet<int> touched, T?[] byId, Func<T, DateTimeOffset> timestamp)
        where T : class
    {
        if (touched.Count == 0)
        {
            return order;
        }

        var kept = new List<int>(order.Length);
        foreach (var id in order)
        {
            if (id < byId.Length && byId[id] is not null && !touched.Contains(id))
            {
                kept.Add(id);
            }
        }

        var moved = touched.Where(id => id < byId.Length && byId[id] is not null)
            .OrderBy(id => timestamp(byId[id]!)).ThenBy(id => id).ToArray();
        var merged = new int[kept.Count + moved.Length];
        var from = 0;
        var to = 0;
        foreach (var id in moved)
        {
            // Few ids move per tick: find where each goes in the kept run and copy the run before it in one block.
            var at = Position(kept, from, id, byId, timestamp);
            kept.CopyTo(from, merged, to, at - from);
            to += at - from;
            from = at;
            merged[to++] = id;
        }

        kept.CopyTo(from, merged, to, kept.Count - from);
        return merged;
    }

    /// <summary>The first index at or after <paramref name="from"/> whose id sorts after <paramref name="id"/>.</summary>
    private static int Position<T>(List<int> kept, int from, int id, T?[] byId, Func<T, DateTimeOffset> timestamp)
        where T : class
    {
        int low = from, high = kept.Count;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (Compare(kept[mid], id, byId, timestamp) <= 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static int Compare<T>(int a, int b, T?[] byId, Func<T, DateTimeOffset> timestamp)
        where T : class
    {
        var byTime = timestamp(byId[a]!).CompareTo(timestamp(byId[b]!));
        return byTime != 0 ? byTime : a.CompareTo(b);
    }

    private static void SortTies(int[] order, long[] keys)
    {
        var start = 0;
        for (var i = 1; i <= order.Length; i++)
        {
            if (i == order.Length || keys[i] != keys[start])
            {
                if (i - start > 1)
                {
                    Array.Sort(order, start, i - start);
                }

                start = i;
            }
        }
    }
}
