namespace Gateway.Simulators.Koha.State;

/// <summary>
/// Names the kind of Koha route a request is for (the simulator's call counters) and its family (what a
/// per-route fault filter names: a family covers its kinds, e.g. "biblios" covers biblios_list, biblio,
/// biblio_items and biblio_checkouts).
/// </summary>
internal static class RouteKinds
{
    public const string Patrons = "patrons";

    /// <summary>ILS-DI patron services (LookupPatron, GetPatronInfo...): counted as patron calls.</summary>
    public const string IlsDiPatron = "ilsdi_patron";

    public const string IlsDi = "ilsdi";
    public const string Oai = "oai";

    /// <summary>The families a fault filter may name.</summary>
    public static readonly IReadOnlyList<string> Families =
        ["token", "biblios", "deleted_biblios", "items", "libraries", "holds", "checkouts", "authorised_values", Patrons, IlsDi, Oai];

    /// <summary>Every kind, for validating filters that name one route exactly.</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        "token", "biblios_list", "biblio", "biblio_items", "biblio_checkouts", "deleted_biblios_list", "deleted_biblio",
        "items_list", "item", "libraries", "holds", "checkouts_list", "checkout", "authorised_values", Patrons, IlsDi, Oai,
    ];

    public static string Classify(PathString path)
    {
        var segments = (path.Value ?? "").Trim('/').Split('/');
        if (segments is ["cgi-bin", "koha", var script])
        {
            return script switch { "ilsdi.pl" => IlsDi, "oai.pl" => Oai, _ => "other" };
        }

        if (segments.Length < 3 || segments[0] != "api" || segments[1] != "v1")
        {
            return "other";
        }

        return segments[2..] switch
        {
            ["oauth", "token"] => "token",
            ["biblios"] => "biblios_list",
            ["biblios", _] => "biblio",
            ["biblios", _, "items", ..] => "biblio_items",
            ["biblios", _, "checkouts", ..] => "biblio_checkouts",
            ["deleted", "biblios"] => "deleted_biblios_list",
            ["deleted", "biblios", _] => "deleted_biblio",
            ["items"] => "items_list",
            ["items", _, ..] => "item",
            ["libraries", ..] => "libraries",
            ["holds", ..] => "holds",
            ["checkouts"] => "checkouts_list",
            ["checkouts", _, ..] => "checkout",
            ["authorised_value_categories", ..] => "authorised_values",
            ["patrons", ..] => Patrons,
            _ => "other",
        };
    }

    /// <summary>The family of a route kind.</summary>
    public static string Family(string kind) => kind switch
    {
        "biblios_list" or "biblio" or "biblio_items" or "biblio_checkouts" => "biblios",
        "deleted_biblios_list" or "deleted_biblio" => "deleted_biblios",
        "items_list" or "item" => "items",
        "checkouts_list" or "checkout" => "checkouts",
        IlsDiPatron => IlsDi,
        _ => kind,
    };

    /// <summary>True when a fault filter entry names the request's kind or its family.</summary>
    public static bool Matches(string entry, string kind) =>
        string.Equals(entry, kind, StringComparison.OrdinalIgnoreCase) || string.Equals(entry, Family(kind), StringComparison.OrdinalIgnoreCase);

    public static bool IsKnown(string entry) =>
        Families.Contains(entry, StringComparer.OrdinalIgnoreCase) || Kinds.Contains(entry, StringComparer.OrdinalIgnoreCase);
}
