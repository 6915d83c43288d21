using System.Buffers;

namespace Gateway.Catalogue.Endpoints;

/// <summary>Consolidated record ids: <c>c</c> and 16 lower-case hex digits (<c>Gateway.Clustering.ClusterIds</c>).</summary>
internal static class ClusterIdFormat
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");

    public static bool IsClusterId(string id) =>
        id.Length == 17 && id[0] == 'c' && !id.AsSpan(1).ContainsAnyExcept(HexDigits);
}
