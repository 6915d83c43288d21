using System.Diagnostics;
using System.Globalization;
using Xunit.Sdk;

namespace Gateway.Testing;

/// <summary>Polling assertions for things that become true a little later (messages, processes, caches).</summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Polls <paramref name="condition"/> until it returns true; fails after <paramref name="timeout"/>.</summary>
    /// <param name="condition">The condition; an exception from it counts as false (and is reported).</param>
    /// <param name="timeout">How long to keep trying.</param>
    /// <param name="because">What was awaited, for the failure message.</param>
    /// <param name="interval">Pause between tries (default 100 ms).</param>
    /// <param name="cancellationToken">Stops the polling.</param>
    public static async Task AssertAsync(
        Func<Task<bool>> condition,
        TimeSpan timeout,
        string? because = null,
        TimeSpan? interval = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var stopwatch = Stopwatch.StartNew();
        Exception? last = null;
        var tries = 0;
        while (true)
        {
            tries++;
            try
            {
                if (await condition().ConfigureAwait(false))
                {
                    return;
                }

                last = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                last = ex;
            }

            if (stopwatch.Elapsed >= timeout)
            {
                throw Failure(because, timeout, tries, last);
            }

            await Task.Delay(interval ?? DefaultInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Synchronous condition variant of <see cref="AssertAsync(Func{Task{bool}}, TimeSpan, string?, TimeSpan?, CancellationToken)"/>.</summary>
    public static Task AssertAsync(
        Func<bool> condition,
        TimeSpan timeout,
        string? because = null,
        TimeSpan? interval = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return AssertAsync(() => Task.FromResult(condition()), timeout, because, interval, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="assertion"/> until it stops throwing; after <paramref name="timeout"/> the
    /// last exception (usually an assertion failure) is reported.
    /// </summary>
    public static Task AssertAsync(
        Func<Task> assertion,
        TimeSpan timeout,
        string? because = null,
        TimeSpan? interval = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        return AssertAsync(
            async () =>
            {
                await assertion().ConfigureAwait(false);
                return true;
            },
            timeout,
            because,
            interval,
            cancellationToken);
    }

    /// <summary>Synchronous assertion variant of <see cref="AssertAsync(Func{Task}, TimeSpan, string?, TimeSpan?, CancellationToken)"/>.</summary>
    public static Task AssertAsync(
        Action assertion,
        TimeSpan timeout,
        string? because = null,
        TimeSpan? interval = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        return AssertAsync(
            () =>
            {
                assertion();
                return Task.FromResult(true);
            },
            timeout,
            because,
            interval,
            cancellationToken);
    }

    /// <summary>Polls <paramref name="probe"/> until its value satisfies <paramref name="accept"/>, and returns that value.</summary>
    public static async Task<T> GetAsync<T>(
        Func<Task<T>> probe,
        Func<T, bool> accept,
        TimeSpan timeout,
        string? because = null,
        TimeSpan? interval = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(accept);
        T value = default!;
        var seen = "nothing";
        try
        {
            await AssertAsync(
                async () =>
                {
                    value = await probe().ConfigureAwait(false);
                    seen = value?.ToString() ?? "null";
                    return accept(value);
                },
                timeout,
                because,
                interval,
                cancellationToken).ConfigureAwait(false);
        }
        catch (XunitException ex)
        {
            throw new XunitException(ex.Message + Environment.NewLine + "Last value seen: " + seen, ex.InnerException);
        }

        return value;
    }

    private static XunitException Failure(string? because, TimeSpan timeout, int tries, Exception? last)
    {
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"Condition not met within {timeout.TotalSeconds:0.###} s ({tries} tries)");
        if (!string.IsNullOrEmpty(because))
        {
            message += ": " + because;
        }

        if (last is not null)
        {
            message += Environment.NewLine + "Last attempt threw " + last.GetType().Name + ": " + last.Message;
        }

        return new XunitException(message, last);
    }
}
