using Gateway.Simulators.Koha.Query;

namespace Gateway.Simulators.Koha.Patrons;

/// <summary>
/// Recognisable fake patron data. Nothing here may ever reach the hub: tests look for the marker surname
/// in anything the gateway emits, and GET /_sim/stats counts every call that asked for it.
/// </summary>
internal static class FakePatrons
{
    public const string MarkerSurname = "PATRON-DATA-MUST-NOT-LEAVE";

    public static readonly IReadOnlyList<FakePatron> All =
    [
        .. Enumerable.Range(1, 5).Select(i => new FakePatron(i, $"2300000000{i}", "Forename" + i, $"patron{i}@example.invalid")),
    ];

    /// <summary>The fake patron behind any patron id (circulation rows use ids far beyond <see cref="All"/>).</summary>
    public static FakePatron For(int patronId) => All.FirstOrDefault(p => p.PatronId == patronId)
        ?? new FakePatron(patronId, "2300" + patronId.ToString("D7", System.Globalization.CultureInfo.InvariantCulture), "Forename" + patronId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "patron" + patronId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@example.invalid");

    public static readonly FieldMap<FakePatron> Map = new("patron", "patron_id",
    [
        new("patron_id", FieldKind.Integer, p => p.PatronId),
        new("cardnumber", FieldKind.String, p => p.CardNumber),
        new("surname", FieldKind.String, _ => MarkerSurname),
        new("firstname", FieldKind.String, p => p.Firstname),
        new("email", FieldKind.String, p => p.Email),
        new("address", FieldKind.String, _ => MarkerSurname + " address"),
        new("phone", FieldKind.String, _ => "01632 960000"),
        new("date_of_birth", FieldKind.Date, _ => new DateOnly(1970, 1, 1)),
        new("library_id", FieldKind.String, _ => null),
        new("category_id", FieldKind.String, _ => "STAFF"),
        new("staff_notes", FieldKind.String, _ => MarkerSurname),
    ]);
}
