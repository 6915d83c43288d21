using Gateway.Availability.Caching;

namespace Gateway.Availability.Tests;

public sealed class FreshnessTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    [Fact]
    public void An_answer_read_in_this_request_is_live() =>
        Assert.Equal(Freshness.Live, Freshness.Of(Now.AddMilliseconds(-200), AnswerSource.Live, Now, Window));

    [Fact]
    public void A_cache_hit_younger_than_the_window_is_cached() =>
        Assert.Equal(Freshness.Cached, Freshness.Of(Now.AddSeconds(-29), AnswerSource.CacheHit, Now, Window));

    [Fact]
    public void A_cache_hit_older_than_the_window_is_stale() =>
        Assert.Equal(Freshness.Stale, Freshness.Of(Now.AddSeconds(-31), AnswerSource.CacheHit, Now, Window));

    [Fact]
    public void The_cache_answering_for_a_failed_system_is_stale_however_young() =>
        Assert.Equal(Freshness.Stale, Freshness.Of(Now.AddSeconds(-1), AnswerSource.CacheFallback, Now, Window));

    [Fact]
    public void Nothing_known_is_unknown_wherever_it_came_from()
    {
        foreach (var source in Enum.GetValues<AnswerSource>())
        {
            Assert.Equal(Freshness.Unknown, Freshness.Of(null, source, Now, Window));
        }
    }
}
