using System.Globalization;
using Gateway.Marc;
using Gateway.Simulators.Koha.Query;
using Gateway.Simulators.Koha.Representations;

namespace Gateway.Simulators.Koha.Http;

/// <summary>Successful Koha responses: JSON from field maps, MARC in the negotiated flavour.</summary>
internal static class KohaResults
{
    public static IResult Json<T>(IEnumerable<T> items, FieldMap<T> map) =>
        TypedResults.Bytes(JsonRepresentation.Array(items, map), MarcPayload.ContentType(ResponseFormat.Json));

    public static IResult Json<T>(T item, FieldMap<T> map) =>
        TypedResults.Bytes(JsonRepresentation.Single(item, map), MarcPayload.ContentType(ResponseFormat.Json));

    /// <summary>A JSON array whose objects carry embedded relations written by <paramref name="embeds"/>.</summary>
    public static IResult Json<T>(IEnumerable<T> items, FieldMap<T> map, Action<System.Text.Json.Utf8JsonWriter, T>? embeds) =>
        TypedResults.Bytes(JsonRepresentation.Array(items, map, embeds), MarcPayload.ContentType(ResponseFormat.Json));

    public static IResult Json<T>(T item, FieldMap<T> map, Action<System.Text.Json.Utf8JsonWriter, T>? embeds) =>
        TypedResults.Bytes(JsonRepresentation.Single(item, map, embeds), MarcPayload.ContentType(ResponseFormat.Json));

    public static IResult MarcCollection(IReadOnlyList<MarcRecord> records, ResponseFormat format, bool newlineBetweenIso2709)
    {
        var (body, contentType) = MarcPayload.Collection(records, format, newlineBetweenIso2709);
        return TypedResults.Bytes(body, contentType);
    }

    public static IResult MarcRecord(MarcRecord record, ResponseFormat format)
    {
        var (body, contentType) = MarcPayload.Single(record, format);
        return TypedResults.Bytes(body, contentType);
    }

    /// <summary>Parses an integer path parameter, or throws the OpenAPI validation failure Koha would return.</summary>
    public static int PathId(string value, string name) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
            : throw new BadParameterException([new ParameterError("/" + name, "Expected integer - got string.")], openApiShape: true);
}
