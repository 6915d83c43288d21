namespace Gateway.Simulators.Koha.Options;

/// <summary>Section "KohaSimulator:IlsDi": Koha's ILS-DI preferences.</summary>
internal sealed class IlsDiOptions
{
    /// <summary>The ILS-DI preference; off = ilsdi.pl redirects to the 404 page, as Koha does.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>ILS-DI:AuthorizedIPs: when not empty, other callers are redirected to the 403 page. Koha sites usually set it.</summary>
    public List<string> AuthorizedIps { get; set; } = [];
}
