namespace Gateway.Adapters.Koha.Vendor;

/// <summary>A point in a system's change stream: the (timestamp, record id) of the last change handled.</summary>
/// <param name="Timestamp">The vendor's change time of that record (UTC).</param>
/// <param name="RecordId">The vendor record id; ties on the timestamp are ordered by it.</param>
public sealed record HarvestPosition(DateTimeOffset Timestamp, string RecordId) : IComparable<HarvestPosition>
{
    /// <inheritdoc />
    public int CompareTo(HarvestPosition? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byTime = Timestamp.CompareTo(other.Timestamp);
        if (byTime != 0)
        {
            return byTime;
        }

        return long.TryParse(RecordId, out var a) && long.TryParse(other.RecordId, out var b)
            ? a.CompareTo(b)
            : string.CompareOrdinal(RecordId, other.RecordId);
    }

    /// <summary>The earlier of two positions; null (the beginning) is earliest.</summary>
    public static HarvestPosition? Earliest(HarvestPosition? a, HarvestPosition? b) =>
        a is null || b is null ? null : (a.CompareTo(b) <= 0 ? a : b);

    public static bool operator <(HarvestPosition left, HarvestPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(HarvestPosition left, HarvestPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(HarvestPosition left, HarvestPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(HarvestPosition left, HarvestPosition right) => left.CompareTo(right) >= 0;
}
