using System.Security.Cryptography;
using System.Text;

namespace Gateway.Clustering;

/// <summary>
/// Stable cluster ids, <c>c</c> and 16 lower-case hex digits, derived from the source record that founded the cluster
/// (so rebuilding from the same records in the same order gives the same ids). A cluster keeps its id while it has
/// members, whoever founded it; a retired id is never given to another cluster.
/// </summary>
/// <remarks>
/// A founder whose vendor record id is a plain number (Koha's biblionumber, Axiell's priref, an OCLC number: what a
/// full load pages through in ascending order) gets its system's tag (6 hex digits of a hash of the system id) and
/// then the number (10 hex digits), so the clusters a full load creates get ascending ids, one run a system, and every
/// index keyed by cluster id is appended to rather than written at random places (decision 0043). Any other founder,
/// a number of more than 10 hex digits, and every later attempt get 16 hex digits of a SHA-256 of the source id.
/// </remarks>
public static class ClusterIds
{
    /// <summary>The largest vendor number that fits the 10 hex digits after the system's tag.</summary>
    public const long MaxOrderedNumber = (1L << 40) - 1;

    // The systems' tags (a handful of systems: one entry each), found by the source id's system part without copying it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Tags = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TagsBySpan =
        Tags.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The id for a cluster founded by <paramref name="sourceId"/>; <paramref name="attempt"/> &gt; 0 when an earlier one was taken.</summary>
    public static string Derive(string sourceId, int attempt = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        if (attempt == 0 && TryOrdered(sourceId) is { } ordered)
        {
            return ordered;
        }

        var input = attempt == 0 ? sourceId : sourceId + "#" + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "c" + Hex(Hash(input), 8);
    }

    /// <summary>The first derived id for <paramref name="sourceId"/> that <paramref name="isTaken"/> says is free.</summary>
    public static string DeriveFree(string sourceId, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        for (var attempt = 0; ; attempt++)
        {
            var id = Derive(sourceId, attempt);
            if (!isTaken(id))
            {
                return id;
            }
        }
    }

    private static string? TryOrdered(string sourceId)
    {
        var colon = sourceId.IndexOf(':', StringComparison.Ordinal);
        var number = sourceId.AsSpan(colon + 1);
        if (colon <= 0 || number.Length is 0 or > 13 || (number[0] == '0' && number.Length > 1) || number.ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        var value = long.Parse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
        if (value > MaxOrderedNumber)
        {
            return null;
        }

        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"c{Tag(sourceId.AsSpan(0, colon))}{value:x10}");
    }

    // A system's tag, hashed once a system: a page derives an id for each of its records and their neighbours.
    private static string Tag(ReadOnlySpan<char> systemId) =>
        TagsBySpan.TryGetValue(systemId, out var tag)
            ? tag
            : Tags.GetOrAdd(systemId.ToString(), id => Hex(Hash("\0" + id), 3)); // not the hash of any source id (none starts with NUL)

    private static byte[] Hash(string input) => SHA256.HashData(Encoding.UTF8.GetBytes(input));

    private static string Hex(byte[] hash, int bytes) => Convert.ToHexStringLower(hash, 0, bytes);
}
