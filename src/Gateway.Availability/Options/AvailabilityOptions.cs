using System.ComponentModel.DataAnnotations;

namespace Gateway.Availability.Options;

/// <summary>
/// The availability service (decision 0022).
/// <code>
/// "Availability": {
///   "Deadline": "00:00:02", "AnswerMargin": "00:00:00.100", "AttemptTimeout": null, "HedgingDelay": null,
///   "FreshFor": "00:00:30", "CacheLifetime": "01:00:00", "MaxCachedRecords": 100000,
///   "MaxIds": 100, "MaxBodyBytes": 65536, "MaxIdsPerCall": 50,
///   "CircuitFailureRatio": 0.5, "CircuitMinimumThroughput": 10, "CircuitSamplingDuration": "00:00:30", "CircuitBreakDuration": "00:00:15",
///   "InProcessAdapters": true, "AdapterUrls": { "koha": "http://koha-adapter:8080" }
/// }
/// </code>
/// </summary>
public sealed class AvailabilityOptions
{
    public const string SectionName = "Availability";

    /// <summary>One deadline for a whole availability request: the answer is sent by then, complete or not.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Kept back from <see cref="Deadline"/> to assemble and send the answer: each system's budget is the rest.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan AnswerMargin { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// One call to an adapter may take this long before it counts as a failure for the circuit breaker
    /// (unset: three quarters of the system budget, 1.425 s with the defaults).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>
    /// A second (hedged) call is sent when the first has not answered after this long; at most one
    /// (unset: a quarter of the system budget, 475 ms with the defaults).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan? HedgingDelay { get; set; }

    /// <summary>A cached answer younger than this is served (as <c>cached</c>) without asking the system; 0 = always ask.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan FreshFor { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A cached answer is dropped this long after its last update; until then a failing system answers from it (<c>stale</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>At most this many records (one system's copy each) in the cache; the least recently written go first.</summary>
    [Range(100, 10_000_000)]
    public int MaxCachedRecords { get; set; } = 100_000;

    /// <summary>At most this many record ids in one <c>POST /api/v1/availability</c>.</summary>
    [Range(1, 1000)]
    public int MaxIds { get; set; } = 100;

    /// <summary>The largest request body accepted (413 beyond).</summary>
    [Range(256, 10_485_760)]
    public int MaxBodyBytes { get; set; } = 65_536;

    /// <summary>Record ids per adapter call (the Koha adapter's <c>AvailabilityMaxIds</c>).</summary>
    [Range(1, 1000)]
    public int MaxIdsPerCall { get; set; } = 50;

    /// <summary>Share of failed calls within <see cref="CircuitSamplingDuration"/> that opens a system's circuit.</summary>
    [Range(0.01, 1.0)]
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed within <see cref="CircuitSamplingDuration"/> before the ratio counts.</summary>
    [Range(2, 10_000)]
    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>The window over which failures are counted.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit answers <c>circuit-open</c> at once before letting one call through.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Ask an adapter hosted in this process directly (no loopback HTTP hop; decision 0027) when no
    /// <see cref="AdapterUrls"/> entry names its vendor. False: over HTTP at this process's own address, as before.
    /// </summary>
    public bool InProcessAdapters { get; set; } = true;

    /// <summary>
    /// Base URL of each vendor's adapter (the host that serves <c>/api/v1/adapters/{systemId}/availability</c>), by
    /// vendor. A vendor without one is asked in this process when it hosts the adapter (<see cref="InProcessAdapters"/>),
    /// else at this process's own address.
    /// </summary>
    public Dictionary<string, Uri> AdapterUrls { get; set; } = new(StringComparer.Ordinal);

    /// <summary>What each system may spend: the deadline less the answer margin.</summary>
    public TimeSpan SystemBudget => Deadline - AnswerMargin;

    /// <summary><see cref="AttemptTimeout"/>, or three quarters of the budget.</summary>
    public TimeSpan EffectiveAttemptTimeout => AttemptTimeout ?? SystemBudget * 0.75;

    /// <summary><see cref="HedgingDelay"/>, or a quarter of the budget.</summary>
    public TimeSpan EffectiveHedgingDelay => HedgingDelay ?? SystemBudget * 0.25;
}
