namespace Gateway.Catalogue.Endpoints;

/// <summary>The public id of a source record: <c>{systemId}:{vendorRecordId}</c>.</summary>
internal static class RecordId
{
    public static string Format(string systemId, string vendorRecordId) => $"{systemId}:{vendorRecordId}";

    public static bool TryParse(string id, out string systemId, out string vendorRecordId)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == id.Length - 1)
        {
            systemId = vendorRecordId = "";
            return false;
        }

        systemId = id[..colon];
        vendorRecordId = id[(colon + 1)..];
        return true;
    }
}
