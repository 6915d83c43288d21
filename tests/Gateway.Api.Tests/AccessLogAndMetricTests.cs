using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using System.Text;
using Gateway.Api.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Api.Tests;

/// <summary>Refusals are logged with the client's name when known and counted by reason; no key ever reaches a log.</summary>
public sealed class AccessLogAndMetricTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Keys_never_appear_in_any_log_line_at_any_level()
    {
        var logs = new CapturingLoggerProvider();
        await using var gateway = GatewayFactory.With(
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft"] = "Trace" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        const string wrongKey = "wrong-key-3b9f0c1e7a4d4e2f";
        var basicValue = Convert.ToBase64String(Encoding.UTF8.GetBytes($"test-hub:{gateway.HubKey}"));
        var wrongBasic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"test-hub:{wrongKey}"));

        await SendAsync(gateway.CreateClientWithKey(gateway.HubKey), "/api/v1/systems");
        await SendAsync(gateway.CreateClientWithKey(gateway.HubKey), "/api/v1/ops/problems");
        await SendAsync(gateway.CreateClientWithKey(gateway.OperatorKey), "/api/v1/ops/problems");
        await SendAsync(gateway.CreateClientWithKey(wrongKey), "/api/v1/systems");
        await SendAsync(Basic(gateway, basicValue), "/oai?verb=Identify");
        await SendAsync(Basic(gateway, wrongBasic), "/oai?verb=Identify");
        await SendAsync(Basic(gateway, basicValue), "/api/v1/systems");

        var lines = logs.Lines.ToList();
        Assert.NotEmpty(lines);
        foreach (var secret in new[] { gateway.HubKey, gateway.OperatorKey, gateway.DefaultKey, wrongKey, basicValue, wrongBasic })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }

        Assert.Contains(lines, l => l.Contains("Refused GET /api/v1/ops/problems to client test-hub: it needs the role operator", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Refused GET /api/v1/systems: unknown_key (client unknown)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Refused GET /oai: unknown_key (client test-hub)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Refused GET /api/v1/systems: basic_not_accepted (client test-hub)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refusals_are_counted_by_reason()
    {
        var counts = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Gateway" && instrument.Name == AuthMetrics.FailuresName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "reason")
                {
                    counts.AddOrUpdate((string)tag.Value!, value, (_, old) => old + value);
                }
            }
        });
        listener.Start();
        await using var gateway = new GatewayFactory();

        await SendAsync(gateway.CreateAnonymousClient(), "/api/v1/systems");
        await SendAsync(gateway.CreateClientWithKey("no-such-key"), "/api/v1/systems");
        await SendAsync(gateway.CreateClientWithKey(gateway.HubKey), "/api/v1/ops/problems");

        // Other tests run beside this one and count too: at least these.
        Assert.True(counts.GetValueOrDefault("missing") >= 1, "missing counted");
        Assert.True(counts.GetValueOrDefault("unknown_key") >= 1, "unknown_key counted");
        Assert.True(counts.GetValueOrDefault("forbidden") >= 1, "forbidden counted");
    }

    private static HttpClient Basic(GatewayFactory gateway, string value)
    {
        var client = gateway.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", value);
        return client;
    }

    private static async Task SendAsync(HttpClient client, string path)
    {
        using (client)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                provider.Lines.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                provider.Lines.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {values} {exception}");
            }
        }
    }
}
