namespace Gateway.Availability.Caching;

/// <summary>Where a system's answer for a record came from in one request.</summary>
internal enum AnswerSource
{
    /// <summary>The system answered in this request.</summary>
    Live,

    /// <summary>The cache was fresh enough that the system was not asked.</summary>
    CacheHit,

    /// <summary>The system was asked and failed; the cache answered instead.</summary>
    CacheFallback,
}
