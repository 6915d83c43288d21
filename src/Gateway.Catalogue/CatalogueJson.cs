using System.Text.Json;

namespace Gateway.Catalogue;

/// <summary>JSON settings for what the catalogue stores and serves.</summary>
internal static class CatalogueJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
