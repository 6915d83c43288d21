namespace Gateway.Simulators.Data.Randomness;

/// <summary>
/// A tiny deterministic pseudo-random generator (SplitMix64). Not for security: it makes the same
/// catalogue from the same seed on every machine and .NET version, which System.Random does not promise.
/// </summary>
internal sealed class Prng(ulong seed)
{
    private ulong _state = seed;

    public static Prng For(ulong seed, string label, long value) => new(StableHash.Combine(seed, label, value));

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return StableHash.Mix(_state);
    }

    /// <summary>A value in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A value in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public long NextLong(long minInclusive, long maxExclusive) =>
        minInclusive + (long)(NextUInt64() % (ulong)(maxExclusive - minInclusive));

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> values) => values[Next(values.Count)];

    public char Digit() => (char)('0' + Next(10));
}
