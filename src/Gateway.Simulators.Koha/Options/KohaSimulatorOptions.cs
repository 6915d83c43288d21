using System.ComponentModel.DataAnnotations;

namespace Gateway.Simulators.Koha.Options;

/// <summary>Configuration section "KohaSimulator": which catalogue to serve and how the simulated Koha behaves.</summary>
internal sealed class KohaSimulatorOptions
{
    public const string SectionName = "KohaSimulator";

    /// <summary>The regional system this instance plays (e.g. koha-east); selects libraries and the record subset.</summary>
    [Required(ErrorMessage = "KohaSimulator:SystemId is required (e.g. --KohaSimulator:SystemId=koha-east).")]
    public string SystemId { get; set; } = "";

    /// <summary>World seed: simulators started with the same seed share one edition pool (overlapping catalogues).</summary>
    public int Seed { get; set; } = 42;

    [Range(0, 5_000_000)]
    public int RecordCount { get; set; } = 3000;

    /// <summary>Fraction of records describing editions shared with other systems.</summary>
    [Range(0.0, 1.0)]
    public double SharedFraction { get; set; } = 0.5;

    /// <summary>Initial timestamps end here (UTC); null uses the generator's fixed default, keeping output reproducible.</summary>
    public DateTimeOffset? Anchor { get; set; }

    /// <summary>Overrides the built-in library table of the system.</summary>
    public List<LibraryOptions> Libraries { get; set; } = [];

    [Required(ErrorMessage = "KohaSimulator:ClientId is required.")]
    public string ClientId { get; set; } = "gateway";

    /// <summary>OAuth2 client secret. Never in appsettings.json: pass it on the command line or in the environment.</summary>
    [Required(ErrorMessage = "KohaSimulator:ClientSecret is required: pass --KohaSimulator:ClientSecret=... or set the environment variable KohaSimulator__ClientSecret (it is deliberately not in appsettings.json).")]
    public string? ClientSecret { get; set; }

    /// <summary>When both are set, HTTP Basic authentication is accepted (Koha's RESTBasicAuth preference).</summary>
    public string? BasicUser { get; set; }

    public string? BasicPassword { get; set; }

    [Range(1, 30 * 86_400)]
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Seconds between automatic change ticks; 0 disables them (use POST /_sim/advance).</summary>
    [Range(0, 86_400)]
    public int ChangeIntervalSeconds { get; set; } = 10;

    [Range(0, 100_000)]
    public int ChangesPerTick { get; set; } = 5;

    /// <summary>Koha's RESTdefaultPageSize preference.</summary>
    [Range(1, 100_000)]
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Larger _per_page values are cut to this.</summary>
    [Range(1, 1_000_000)]
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Adds 952 item fields to MARC output. Off by default: Koha's REST API serves the stored record, without items.</summary>
    public bool EmbedItemsInMarc { get; set; }

    /// <summary>Koha's list route joins ISO 2709 records with "\n" (print_collection); set false for a strict concatenation.</summary>
    public bool NewlineBetweenIso2709Records { get; set; } = true;

    /// <summary>Koha's ILS-DI preferences (GET /cgi-bin/koha/ilsdi.pl).</summary>
    public IlsDiOptions IlsDi { get; set; } = new();

    /// <summary>Koha's OAI-PMH preferences (GET /cgi-bin/koha/oai.pl).</summary>
    public OaiPmhOptions OaiPmh { get; set; } = new();

    /// <summary>Where to push change events (the shape a Koha plugin hook would send); off unless Url and Secret are set.</summary>
    public WebhookOptions Webhook { get; set; } = new();

    public bool BasicAuthEnabled => !string.IsNullOrEmpty(BasicUser) && !string.IsNullOrEmpty(BasicPassword);
}
