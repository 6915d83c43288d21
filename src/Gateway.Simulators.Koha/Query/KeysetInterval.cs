namespace Gateway.Simulators.Koha.Query;

/// <summary>A contiguous range of (timestamp, key) order; null bounds are open ends.</summary>
internal sealed record KeysetInterval(KeysetBound? Lower, KeysetBound? Upper)
{
    public static readonly KeysetInterval All = new(null, null);

    public KeysetInterval Intersect(KeysetInterval other) => new(Tighter(Lower, other.Lower, lower: true), Tighter(Upper, other.Upper, lower: false));

    /// <summary>The union when the two ranges overlap or touch, else null (not one range).</summary>
    public KeysetInterval? Union(KeysetInterval other)
    {
        var (first, second) = LowerFirst(this, other);
        if (first.Upper is { } end && second.Lower is { } start)
        {
            var gap = end.ComparePoint(start);
            if (gap < 0 || (gap == 0 && !end.Inclusive && !start.Inclusive))
            {
                return null;
            }
        }

        KeysetBound? upper = first.Upper is null || second.Upper is null ? null : Looser(first.Upper.Value, second.Upper.Value);
        return new KeysetInterval(first.Lower, upper);
    }

    /// <summary>True when a row at (ticks, key) is above the lower bound.</summary>
    public bool AboveLower(long ticks, long key) => Lower is not { } l || (l.Inclusive ? l.ComparePoint(ticks, key) <= 0 : l.ComparePoint(ticks, key) < 0);

    /// <summary>True when a row at (ticks, key) is beyond the upper bound.</summary>
    public bool BeyondUpper(long ticks, long key) => Upper is { } u && (u.Inclusive ? u.ComparePoint(ticks, key) < 0 : u.ComparePoint(ticks, key) <= 0);

    private static (KeysetInterval, KeysetInterval) LowerFirst(KeysetInterval a, KeysetInterval b)
    {
        if (a.Lower is null)
        {
            return (a, b);
        }

        if (b.Lower is null)
        {
            return (b, a);
        }

        var order = a.Lower.Value.ComparePoint(b.Lower.Value);
        return order < 0 || (order == 0 && a.Lower.Value.Inclusive) ? (a, b) : (b, a);
    }

    private static KeysetBound? Tighter(KeysetBound? a, KeysetBound? b, bool lower)
    {
        if (a is not { } x)
        {
            return b;
        }

        if (b is not { } y)
        {
            return a;
        }

        var order = x.ComparePoint(y);
        if (order == 0)
        {
            return x with { Inclusive = x.Inclusive && y.Inclusive };
        }

        return (order > 0) == lower ? x : y;
    }

    private static KeysetBound Looser(KeysetBound a, KeysetBound b)
    {
        var order = a.ComparePoint(b);
        return order == 0 ? a with { Inclusive = a.Inclusive || b.Inclusive } : order > 0 ? a : b;
    }
}
