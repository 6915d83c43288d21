namespace Gateway.Simulators.Koha.State;

/// <summary>Names the kind of Koha route a request is for, for the simulator's call counters.</summary>
internal static class RouteKinds
{
    public const string Patrons = "patrons";

    public static string Classify(PathString path)
    {
        var segments = (path.Value ?? "").Trim('/').Split('/');
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
            ["deleted", "biblios"] => "deleted_biblios_list",
            ["deleted", "biblios", _] => "deleted_biblio",
            ["items"] => "items_list",
            ["items", _, ..] => "item",
            ["libraries", ..] => "libraries",
            ["patrons", ..] => Patrons,
            _ => "other",
        };
    }
}
