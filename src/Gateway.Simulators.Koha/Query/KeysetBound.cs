namespace Gateway.Simulators.Koha.Query;

/// <summary>A point in (timestamp, key) order with its inclusiveness; a key of long.MinValue/MaxValue stands for "any key".</summary>
internal readonly record struct KeysetBound(long Ticks, long Key, bool Inclusive)
{
    public int ComparePoint(KeysetBound other) => Ticks != other.Ticks ? Ticks.CompareTo(other.Ticks) : Key.CompareTo(other.Key);

    public int ComparePoint(long ticks, long key) => Ticks != ticks ? Ticks.CompareTo(ticks) : Key.CompareTo(key);
}
