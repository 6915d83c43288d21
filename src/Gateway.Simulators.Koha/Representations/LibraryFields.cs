using Gateway.Simulators.Data.Libraries;
using Gateway.Simulators.Koha.Query;

namespace Gateway.Simulators.Koha.Representations;

/// <summary>The library object (definitions/library.yaml), the attributes a consumer needs.</summary>
internal static class LibraryFields
{
    public static readonly FieldMap<LibraryInfo> Map = new("library", "library_id",
    [
        new("library_id", FieldKind.String, l => l.Code),
        new("name", FieldKind.String, l => l.Name),
        new("address1", FieldKind.String, _ => null),
        new("city", FieldKind.String, l => l.Town),
        new("country", FieldKind.String, _ => "United Kingdom"),
        new("email", FieldKind.String, _ => null),
        new("url", FieldKind.String, _ => null),
        new("notes", FieldKind.String, _ => null),
        new("pickup_location", FieldKind.Boolean, _ => true),
        new("public", FieldKind.Boolean, _ => true),
    ]);
}
