using Gateway.Simulators.Data.Randomness;

namespace Gateway.Simulators.Data.Editions;

/// <summary>
/// The world's editions for one seed, addressable by index and computed on demand (nothing is stored),
/// so a pool of any size costs nothing until used and every process sees the same edition at an index.
/// Each work has <see cref="EditionsPerWork"/> consecutive pool slots (its successive editions).
/// </summary>
public sealed class EditionPool(int seed)
{
    /// <summary>Pool slots per work: index i is edition (i % 3) of work (i / 3).</summary>
    public const int EditionsPerWork = 3;

    private readonly ulong _seed = StableHash.Combine(0x4C6962486275UL, (ulong)(uint)seed);

    public int Seed { get; } = seed;

    /// <summary>The shared edition at a pool index (key "P" + index, zero-padded).</summary>
    public Edition Shared(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var key = SharedKey(index);
        var editionRandom = Prng.For(_seed, "edition", index);
        if (Prng.For(_seed, "serial", index).Chance(0.008))
        {
            return EditionFactory.Serial(key, editionRandom);
        }

        var work = index / EditionsPerWork;
        return EditionFactory.Book(key, "W" + work.ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
            Prng.For(_seed, "work", work), index % EditionsPerWork, editionRandom);
    }

    /// <summary>An edition held only by one system (a local work, or a local publication of its trust).</summary>
    public Edition Local(string systemId, int number, string localPublisher, string localPlace)
    {
        ArgumentNullException.ThrowIfNull(systemId);
        var key = $"L:{systemId}:{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var random = Prng.For(StableHash.Combine(_seed, systemId), "local", number);
        if (random.Chance(0.25))
        {
            return EditionFactory.LocalPublication(key, random, localPublisher, localPlace);
        }

        return EditionFactory.Book(key, key, random, 0, random);
    }

    /// <summary>How widely held an edition is (0..1): core texts are in nearly every system, niche ones in few.</summary>
    public double Popularity(int index)
    {
        var roll = Prng.For(_seed, "tier", index).NextDouble();
        return roll < 0.10 ? 0.9 : roll < 0.40 ? 0.5 : 0.25;
    }

    /// <summary>The key of the shared edition at a pool index.</summary>
    public static string SharedKey(int index) => "P" + index.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A per-system decision stream derived from this pool's seed.</summary>
    internal Prng Stream(string systemId, string label, long value) => Prng.For(StableHash.Combine(_seed, systemId), label, value);
}
