using System.ComponentModel.DataAnnotations;

namespace Gateway.Adapters.Koha.Options;

/// <summary>
/// How the Koha adapter harvests. Credentials are per system id and come from the environment or a secret store,
/// never from a committed file.
/// <code>
/// "KohaAdapter": {
///   "PageSize": 100, "PollInterval": "00:00:10", "SettleTime": "00:00:02",
///   "CheckpointEveryPages": 20, "CheckpointInterval": "00:00:02",
///   "StateConnectionString": "Data Source=data/koha-adapter.db",
///   "Credentials": { "koha-east": { "ClientId": "gateway", "ClientSecret": "(secret)" } }
/// }
/// </code>
/// </summary>
public sealed class KohaAdapterOptions
{
    public const string SectionName = "KohaAdapter";

    /// <summary>Records per page asked of Koha (its <c>_per_page</c>).</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    /// <summary>Pause between polls once caught up.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Only changes at least this old are harvested. Koha's timestamps have one-second granularity, so a change in
    /// the current second could still be joined by another one with a lower id; waiting closes that gap.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Most record pages harvested in one run before the checkpoint is saved (decision 0014). A run also ends when it
    /// is caught up, when <see cref="CheckpointInterval"/> has passed, or at the first failing page, and always saves
    /// the checkpoint of what it published. After a crash at most this many pages are read and published again
    /// (at-least-once; the catalogue is idempotent). 1 saves after every page.
    /// </summary>
    [Range(1, 10_000)]
    public int CheckpointEveryPages { get; set; } = 20;

    /// <summary>Longest time a record run goes on before it saves the checkpoint (see <see cref="CheckpointEveryPages"/>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest back-off after a vendor failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long to wait for the catalogue's watermark at start-up before trusting the own checkpoint.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan WatermarkTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Required. Where the adapter keeps its checkpoints and the records it had to skip.</summary>
    [Required]
    public string StateConnectionString { get; set; } = "Data Source=data/koha-adapter.db";

    /// <summary>
    /// HMAC-SHA256 secrets per system id for pushed events (<c>POST /api/v1/vendor-events/{systemId}</c>); a system
    /// without one does not accept pushed events. Never logged.
    /// </summary>
    public Dictionary<string, string> WebhookSecrets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>OAuth2 client credentials per system id.</summary>
    public Dictionary<string, KohaCredentials> Credentials { get; set; } = new(StringComparer.Ordinal);
}
