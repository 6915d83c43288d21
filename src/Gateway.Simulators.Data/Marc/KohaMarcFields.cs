using System.Globalization;
using Gateway.Marc;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Editions;

namespace Gateway.Simulators.Data.Marc;

/// <summary>The variable data fields of a generated record, in tag order.</summary>
internal static class KohaMarcFields
{
    public static void AddDescription(List<MarcField> fields, SimBiblio b)
    {
        if (b.Isbn is not null)
        {
            fields.Add(Field("020", ' ', ' ', ('a', b.Isbn), ('q', b.IsbnQualifier)));
        }

        if (b.Issn is not null)
        {
            fields.Add(Field("022", '0', ' ', ('a', b.Issn)));
        }

        if (b.OclcNumber is { } oclc)
        {
            fields.Add(Field("035", ' ', ' ', ('a', "(OCoLC)" + oclc.ToString(CultureInfo.InvariantCulture))));
        }

        fields.Add(Field("040", ' ', ' ', ('a', KohaMarc.OrganisationCode), ('b', "eng"), ('e', b.UsesRda ? "rda" : null), ('c', KohaMarc.OrganisationCode)));
        fields.Add(Field("060", ' ', '4', ('a', b.CallNumber)));
        if (b.Author is not null)
        {
            fields.Add(Field("100", '1', ' ', ('a', b.Author), ('e', b.UsesRda ? "author." : null)));
        }

        fields.Add(Field("245", b.Author is null ? '0' : '1', NonFiling(b.Title), ('a', b.Title), ('b', b.Subtitle), ('c', b.Responsibility)));
        if (b.EditionStatement is not null)
        {
            fields.Add(Field("250", ' ', ' ', ('a', b.EditionStatement)));
        }

        fields.Add(b.UsesRda
            ? Field("264", ' ', '1', ('a', b.Place), ('b', b.Publisher), ('c', b.DateOfPublication))
            : Field("260", ' ', ' ', ('a', b.Place), ('b', b.Publisher), ('c', b.DateOfPublication)));
        fields.Add(Field("300", ' ', ' ', ('a', b.Extent), ('b', b.Illustrations), ('c', b.Dimensions)));
        if (b.UsesRda)
        {
            var online = b.Kind == MaterialKind.EBook;
            fields.Add(Field("336", ' ', ' ', ('a', "text"), ('b', "txt"), ('2', "rdacontent")));
            fields.Add(Field("337", ' ', ' ', ('a', online ? "computer" : "unmediated"), ('b', online ? "c" : "n"), ('2', "rdamedia")));
            fields.Add(Field("338", ' ', ' ', ('a', online ? "online resource" : "volume"), ('b', online ? "cr" : "nc"), ('2', "rdacarrier")));
        }

        fields.AddRange(b.Notes.Select(n => Field("500", ' ', ' ', ('a', n))));
        if (b.Kind != MaterialKind.Serial)
        {
            fields.Add(Field("504", ' ', ' ', ('a', "Includes bibliographical references and index.")));
        }

        fields.AddRange(b.Subjects.Select(s => Field("650", ' ', '2', ('a', s))));
        fields.AddRange(b.AddedAuthors.Select(a => Field("700", '1', ' ', ('a', a), ('e', b.AuthorsAreEditors ? (b.UsesRda ? "editor." : "ed.") : b.UsesRda ? "author." : null))));
        if (b.Url is not null)
        {
            fields.Add(Field("856", '4', '0', ('u', b.Url), ('z', "Access via NHS OpenAthens")));
        }

        fields.Add(Field("942", ' ', ' ', ('2', "nlm"), ('c', b.ItemType)));
    }

    /// <summary>A Koha 952 holdings field (default MARC 21 framework subfields).</summary>
    public static DataField Item(SimItem i) => Field("952", ' ', ' ',
        ('0', Status(i.Withdrawn)), ('1', Status(i.LostStatus)), ('4', Status(i.DamagedStatus)), ('7', Status(i.NotForLoanStatus)),
        ('2', "nlm"), ('a', i.HomeLibraryId), ('b', i.HoldingLibraryId), ('c', i.Location),
        ('d', i.AcquisitionDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ('h', i.SerialIssueNumber),
        ('l', i.CheckoutsCount.ToString(CultureInfo.InvariantCulture)), ('o', i.CallNumber), ('p', i.Barcode),
        ('q', i.CheckedOutDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ('t', i.CopyNumber), ('u', i.Uri),
        ('v', i.ReplacementPrice?.ToString("0.00", CultureInfo.InvariantCulture)), ('y', i.ItemTypeId),
        ('9', i.ItemId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>245 second indicator: characters to skip for filing ("The " = 4, "A " = 2, "An " = 3).</summary>
    public static char NonFiling(string title) =>
        title.StartsWith("The ", StringComparison.Ordinal) ? '4'
        : title.StartsWith("An ", StringComparison.Ordinal) ? '3'
        : title.StartsWith("A ", StringComparison.Ordinal) ? '2' : '0';

    private static string? Status(int value) => value == 0 ? null : value.ToString(CultureInfo.InvariantCulture);

    private static DataField Field(string tag, char ind1, char ind2, params (char Code, string? Value)[] subfields) =>
        new(tag, ind1, ind2, [.. subfields.Where(s => s.Value is not null).Select(s => new Subfield(s.Code, s.Value!))]);
}
