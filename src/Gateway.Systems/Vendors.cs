namespace Gateway.Systems;

/// <summary>The vendors the gateway has adapters for.</summary>
public static class Vendors
{
    public const string Koha = "koha";
    public const string Axiell = "axiell";
    public const string Oclc = "oclc";

    public static IReadOnlyList<string> All { get; } = [Koha, Axiell, Oclc];
}
