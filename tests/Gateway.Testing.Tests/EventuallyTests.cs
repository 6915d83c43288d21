using Xunit.Sdk;

namespace Gateway.Testing.Tests;

public sealed class EventuallyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AssertAsync_returns_once_the_condition_holds()
    {
        var calls = 0;

        await Eventually.AssertAsync(() => Task.FromResult(++calls >= 3), TimeSpan.FromSeconds(10), interval: TimeSpan.FromMilliseconds(10), cancellationToken: Ct);

        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task AssertAsync_fails_after_the_timeout_with_the_reason()
    {
        var ex = await Assert.ThrowsAsync<XunitException>(() =>
            Eventually.AssertAsync(() => false, TimeSpan.FromMilliseconds(200), "the queue to drain", cancellationToken: Ct));

        Assert.Contains("Condition not met within 0.2 s", ex.Message, StringComparison.Ordinal);
        Assert.Contains("the queue to drain", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertAsync_retries_a_throwing_assertion_and_reports_the_last_failure()
    {
        var calls = 0;
        await Eventually.AssertAsync(() => Assert.True(++calls > 2), TimeSpan.FromSeconds(10), interval: TimeSpan.FromMilliseconds(10), cancellationToken: Ct);
        Assert.Equal(3, calls);

        var ex = await Assert.ThrowsAsync<XunitException>(() =>
            Eventually.AssertAsync(() => Assert.Equal(1, 2), TimeSpan.FromMilliseconds(200), cancellationToken: Ct));
        Assert.Contains("Last attempt threw", ex.Message, StringComparison.Ordinal);
        Assert.IsType<EqualException>(ex.InnerException);
    }

    [Fact]
    public async Task GetAsync_returns_the_accepted_value_or_reports_the_last_one()
    {
        var n = 0;
        var value = await Eventually.GetAsync(() => Task.FromResult(++n), v => v == 4, TimeSpan.FromSeconds(10), interval: TimeSpan.FromMilliseconds(10), cancellationToken: Ct);
        Assert.Equal(4, value);

        var ex = await Assert.ThrowsAsync<XunitException>(() =>
            Eventually.GetAsync(() => Task.FromResult(7), v => v == 8, TimeSpan.FromMilliseconds(100), cancellationToken: Ct));
        Assert.Contains("Last value seen: 7", ex.Message, StringComparison.Ordinal);
    }
}
