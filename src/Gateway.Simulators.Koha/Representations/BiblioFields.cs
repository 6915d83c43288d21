using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Editions;
using Gateway.Simulators.Koha.Query;

namespace Gateway.Simulators.Koha.Representations;

/// <summary>
/// The biblio object of Koha's REST API: Koha::Biblio->to_api merged with its biblioitem (to_api_mapping:
/// biblionumber → biblio_id, frameworkcode → framework_id, copyrightdate → copyright_date, publishercode →
/// publisher, editionstatement → edition_statement...). Values are copied from MARC as Koha does: raw, with
/// any ISBD punctuation; repeated ISBNs are joined with " | ".
/// </summary>
internal static class BiblioFields
{
    public static readonly FieldMap<SimBiblio> Map = new("biblio", "biblio_id",
    [
        new("biblio_id", FieldKind.Integer, b => b.BiblioId),
        new("framework_id", FieldKind.String, b => b.FrameworkCode),
        new("author", FieldKind.String, b => b.Author),
        new("title", FieldKind.String, b => b.Title),
        new("medium", FieldKind.String, _ => null),
        new("subtitle", FieldKind.String, b => b.Subtitle),
        new("part_number", FieldKind.String, _ => null),
        new("part_name", FieldKind.String, _ => null),
        new("uniform_title", FieldKind.String, _ => null),
        new("notes", FieldKind.String, b => b.Notes.Count == 0 ? null : string.Join(" | ", b.Notes)),
        new("serial", FieldKind.Boolean, b => b.Kind == MaterialKind.Serial),
        new("series_title", FieldKind.String, _ => null),
        new("copyright_date", FieldKind.Integer, b => b.Year),
        new("timestamp", FieldKind.DateTime, b => b.Timestamp),
        new("creation_date", FieldKind.Date, b => DateOnly.FromDateTime(b.CreatedAt.UtcDateTime)),
        new("abstract", FieldKind.String, _ => null),
        new("opac_suppressed", FieldKind.Boolean, _ => false),
        new("volume", FieldKind.String, _ => null),
        new("number", FieldKind.String, _ => null),
        new("item_type", FieldKind.String, b => b.ItemType),
        new("isbn", FieldKind.String, b => b.Isbn),
        new("issn", FieldKind.String, b => b.Issn),
        new("ean", FieldKind.String, _ => null),
        new("publication_year", FieldKind.String, b => b.Kind == MaterialKind.Serial ? null : b.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("publisher", FieldKind.String, b => b.Publisher),
        new("volume_date", FieldKind.String, _ => null),
        new("volume_description", FieldKind.String, _ => null),
        new("collection_title", FieldKind.String, _ => null),
        new("collection_issn", FieldKind.String, _ => null),
        new("collection_volume", FieldKind.String, _ => null),
        new("edition_statement", FieldKind.String, b => b.EditionStatement),
        new("illustrations", FieldKind.String, b => b.Illustrations),
        new("pages", FieldKind.String, b => b.Extent),
        new("material_size", FieldKind.String, b => b.Dimensions),
        new("publication_place", FieldKind.String, b => b.Place),
        new("lc_control_number", FieldKind.String, _ => null),
        new("url", FieldKind.String, b => b.Url),
        new("cn_source", FieldKind.String, _ => "nlm"),
        new("cn_class", FieldKind.String, _ => null),
        new("cn_item", FieldKind.String, _ => null),
        new("cn_suffix", FieldKind.String, _ => null),
        new("cn_sort", FieldKind.String, _ => null),
        new("age_restriction", FieldKind.String, _ => null),
        new("serial_total_issues", FieldKind.String, _ => null),
    ]);

    /// <summary>Deleted biblios have the same attributes; timestamp is the deletion time.</summary>
    public static readonly FieldMap<DeletedBiblio> Deleted = new("deleted biblio", "biblio_id",
        [.. Map.Fields.Select(f => new FieldDef<DeletedBiblio>(f.Name, f.Kind, d => f.Get(d.Biblio)))]);
}
