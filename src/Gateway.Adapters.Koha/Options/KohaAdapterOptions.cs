using System.ComponentModel.DataAnnotations;

namespace Gateway.Adapters.Koha.Options;

/// <summary>
/// How the Koha adapter harvests. Credentials are per system id and come from the environment or a secret store,
/// never from a committed file.
/// <code>
/// "KohaAdapter": {
///   "PageSize": 100, "PollInterval": "00:00:10", "SettleTime": "00:00:02",
///   "CheckpointEveryPages": 20, "CheckpointInterval": "00:00:02", "ReadAheadPages": 2,
///   "StateConnectionString": "Data Source=data/koha-adapter.db",
///   "AvailabilityMaxIds": 50, "AvailabilityTimeout": "00:00:10", "AvailabilityReadsTransfers": true, "AvailabilityParallelCalls": 16, "AvailabilityMaxCallsPerSystem": 32,
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

    /// <summary>
    /// Record pages of a run read ahead of the one being published (decision 0031 and its update): each page's read
    /// (fetch, parse, map) starts without waiting for the one before, so a run has at most this many + 1 MARCXML
    /// fetches and one list out with Koha at once. 1 is the gentlest on a vendor; 2 lets the vendor serve the next
    /// page while this process parses one.
    /// </summary>
    [Range(1, 8)]
    public int ReadAheadPages { get; set; } = 2;

    /// <summary>Longest back-off after a vendor failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long to wait for the catalogue's watermark at start-up before trusting the own checkpoint.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan WatermarkTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Required. Where the adapter keeps its checkpoints and the records it had to skip.</summary>
    [Required]
    public string StateConnectionString { get; set; } = "Data Source=data/koha-adapter.db";

    /// <summary>Most record ids one live availability request may ask for (more is a 400).</summary>
    [Range(1, 500)]
    public int AvailabilityMaxIds { get; set; } = 50;

    /// <summary>Longest a live availability lookup waits for Koha before answering 504; the caller may give up sooner.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan AvailabilityTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// True (default): live availability reads each record's items with Koha's <c>transfer</c> embed (one call per
    /// record), so transfers no hold caused show as in transit. False: one <c>/items</c> call for the whole batch,
    /// which cannot see those transfers.
    /// </summary>
    public bool AvailabilityReadsTransfers { get; set; } = true;

    /// <summary>
    /// Calls to Koha at once for one live availability lookup when reading per record (one call a record). 16 lets a
    /// results page of consolidated records, whose members put 10-15 records on one system, be read in one round trip;
    /// at 4 such a page took three (decision 0015's update of 2026-11-24). Lower it for a Koha that cannot take it.
    /// </summary>
    [Range(1, 32)]
    public int AvailabilityParallelCalls { get; set; } = 16;

    /// <summary>
    /// Live availability calls in progress at once to one Koha system across all lookups (concurrent results pages
    /// share it); calls beyond wait their turn, oldest first, within their caller's deadline — a page that cannot get
    /// its turn answers from the cache (<c>stale</c>) rather than add to a burst. 32: two pages at
    /// <see cref="AvailabilityParallelCalls"/> 16 at once. The harvest's calls are not counted.
    /// </summary>
    [Range(1, 1024)]
    public int AvailabilityMaxCallsPerSystem { get; set; } = 32;

    /// <summary>
    /// HMAC-SHA256 secrets per system id for pushed events (<c>POST /api/v1/vendor-events/{systemId}</c>); a system
    /// without one does not accept pushed events. Never logged.
    /// </summary>
    public Dictionary<string, string> WebhookSecrets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Per system id: read Koha's OAI-PMH repository for deletions (records and items); absent = not read.</summary>
    public Dictionary<string, KohaOaiOptions> OaiPmh { get; set; } = new(StringComparer.Ordinal);

    /// <summary>OAuth2 client credentials per system id.</summary>
    public Dictionary<string, KohaCredentials> Credentials { get; set; } = new(StringComparer.Ordinal);
}
