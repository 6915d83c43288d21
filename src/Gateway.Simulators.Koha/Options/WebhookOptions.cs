using System.ComponentModel.DataAnnotations;

namespace Gateway.Simulators.Koha.Options;

/// <summary>Section "KohaSimulator:Webhook": where each change of the feed is pushed, signed with the secret.</summary>
internal sealed class WebhookOptions
{
    /// <summary>The receiver (absolute http or https URL); nothing is sent unless Url and Secret are both set.</summary>
    public string? Url { get; set; }

    /// <summary>HMAC-SHA256 key for X-Koha-Signature. Never in appsettings.json: command line or environment.</summary>
    public string? Secret { get; set; }

    /// <summary>Attempts per event before it counts as failed.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait before the second attempt; doubles each time up to <see cref="MaxBackoffMilliseconds"/>.</summary>
    [Range(1, 60_000)]
    public int InitialBackoffMilliseconds { get; set; } = 500;

    [Range(1, 600_000)]
    public int MaxBackoffMilliseconds { get; set; } = 10_000;

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How many recent events are kept for GET /_sim/webhooks and replay.</summary>
    [Range(1, 1_000_000)]
    public int History { get; set; } = 10_000;

    public bool Enabled => !string.IsNullOrEmpty(Url) && !string.IsNullOrEmpty(Secret);
}
