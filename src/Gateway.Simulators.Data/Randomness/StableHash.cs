namespace Gateway.Simulators.Data.Randomness;

/// <summary>
/// Process-independent hashing (string.GetHashCode is randomised per process, so it cannot seed
/// anything that must be reproducible). FNV-1a over UTF-16 code units, finished with SplitMix64.
/// </summary>
internal static class StableHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static ulong Of(string value)
    {
        var hash = FnvOffset;
        foreach (var c in value)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return Mix(hash);
    }

    public static ulong Combine(ulong seed, ulong value) => Mix(seed ^ Mix(value + 0x9E3779B97F4A7C15UL));

    public static ulong Combine(ulong seed, string value) => Combine(seed, Of(value));

    public static ulong Combine(ulong seed, string label, long value) => Combine(Combine(seed, label), (ulong)value);

    /// <summary>The SplitMix64 finaliser: a strong bijective bit mixer.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
