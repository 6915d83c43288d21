using System.Buffers;

namespace Gateway.Availability.Resolution;

/// <summary>The two public record id forms: consolidated (<c>c</c> + 16 hex digits) and source (<c>{systemId}:{vendorRecordId}</c>).</summary>
public static class RecordIds
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");

    /// <summary>True for a consolidated record id.</summary>
    public static bool IsClusterId(string id) =>
        id is { Length: 17 } && id[0] == 'c' && !id.AsSpan(1).ContainsAnyExcept(HexDigits);

    /// <summary>Splits a source record id; false when it is not one.</summary>
    public static bool TryParseSource(string id, out string systemId, out string vendorRecordId)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == id.Length - 1 || id.Length > 200)
        {
            systemId = vendorRecordId = "";
            return false;
        }

        systemId = id[..colon];
        vendorRecordId = id[(colon + 1)..];
        return true;
    }

    /// <summary>The system and vendor record id of a source id (which must be one).</summary>
    public static (string SystemId, string VendorRecordId) SplitSource(string sourceId) =>
        TryParseSource(sourceId, out var systemId, out var vendorRecordId)
            ? (systemId, vendorRecordId)
            : throw new ArgumentException($"'{sourceId}' is not a source record id", nameof(sourceId));

    /// <summary>True when the id has one of the two forms.</summary>
    public static bool IsWellFormed(string? id) => id is not null && (IsClusterId(id) || TryParseSource(id, out _, out _));
}
