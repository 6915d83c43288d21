namespace Gateway.Availability.Caching;

/// <summary>
/// How fresh a library's answer is, computed from its <c>asOf</c> and where it came from, never assumed:
/// <c>live</c> = read from the system in this request; <c>cached</c> = from the cache, younger than the freshness
/// window, served without asking; <c>stale</c> = from the cache because the system failed, or older than the window;
/// <c>unknown</c> = nothing to say.
/// </summary>
internal static class Freshness
{
    public const string Live = "live";
    public const string Cached = "cached";
    public const string Stale = "stale";
    public const string Unknown = "unknown";

    public static string Of(DateTimeOffset? asOf, AnswerSource source, DateTimeOffset now, TimeSpan freshFor) => (asOf, source) switch
    {
        (null, _) => Unknown,
        (_, AnswerSource.Live) => Live,
        (_, AnswerSource.CacheFallback) => Stale,
        ({ } time, _) => now - time <= freshFor ? Cached : Stale,
    };
}
