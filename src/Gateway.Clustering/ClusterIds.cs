using System.Security.Cryptography;
using System.Text;

namespace Gateway.Clustering;

/// <summary>
/// Stable cluster ids: derived from the source record that founded the cluster (so rebuilding from the same records
/// in the same order gives the same ids), <c>c</c> and 16 lower-case hex digits. A cluster keeps its id while it has
/// members, whoever founded it; a retired id is never given to another cluster.
/// </summary>
public static class ClusterIds
{
    /// <summary>The id for a cluster founded by <paramref name="sourceId"/>; <paramref name="attempt"/> &gt; 0 when an earlier one was taken.</summary>
    public static string Derive(string sourceId, int attempt = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        var input = attempt == 0 ? sourceId : sourceId + "#" + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(input), hash);
        return "c" + Convert.ToHexStringLower(hash[..8]);
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
}
