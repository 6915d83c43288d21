using System.Globalization;
using System.Text.Json;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Libraries;

namespace Gateway.Simulators.Koha.Representations;

/// <summary>
/// The <c>_strings</c> object of the +strings embed (Koha's strings_map): for coded attributes, the label and
/// where it comes from, e.g. <c>"location": {"category": "LOC", "str": "General collection", "type": "av"}</c>.
/// </summary>
internal static class ItemStrings
{
    public static void Write(Utf8JsonWriter writer, SimItem item, IReadOnlyList<LibraryInfo> libraries)
    {
        writer.WriteStartObject("_strings");
        Av(writer, "location", "LOC", item.Location, libraries);
        Av(writer, "collection_code", "CCODE", item.CollectionCode, libraries);
        Av(writer, "not_for_loan_status", "NOT_LOAN", Code(item.NotForLoanStatus), libraries);
        Av(writer, "lost_status", "LOST", Code(item.LostStatus), libraries);
        Av(writer, "damaged_status", "DAMAGED", Code(item.DamagedStatus), libraries);
        Av(writer, "withdrawn", "WITHDRAWN", Code(item.Withdrawn), libraries);
        Library(writer, "home_library_id", item.HomeLibraryId, libraries);
        Library(writer, "holding_library_id", item.HoldingLibraryId, libraries);
        writer.WriteEndObject();
    }

    private static string? Code(int value) => value == 0 ? null : value.ToString(CultureInfo.InvariantCulture);

    private static void Av(Utf8JsonWriter writer, string field, string category, string? value, IReadOnlyList<LibraryInfo> libraries)
    {
        if (value is null || ShelvingCodes.Category(category, libraries)?.FirstOrDefault(v => v.Value == value) is not { } av)
        {
            return;
        }

        writer.WriteStartObject(field);
        writer.WriteString("category", category);
        writer.WriteString("str", av.Description);
        writer.WriteString("type", "av");
        writer.WriteEndObject();
    }

    private static void Library(Utf8JsonWriter writer, string field, string code, IReadOnlyList<LibraryInfo> libraries)
    {
        if (libraries.FirstOrDefault(l => l.Code == code) is not { } library)
        {
            return;
        }

        writer.WriteStartObject(field);
        writer.WriteString("str", library.Name);
        writer.WriteString("type", "library");
        writer.WriteEndObject();
    }
}
