using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.Simulators.Koha.Tests.Support;

/// <summary>A Koha simulator in memory: koha-east, seed 42, 600 records, no automatic changes.</summary>
public sealed class KohaSimulatorFactory : WebApplicationFactory<Program>
{
    public const string ClientId = "gateway";
    public const string ClientSecret = "test-secret";

    private readonly Dictionary<string, string?> _settings = Defaults();

    public KohaSimulatorFactory()
    {
    }

    private KohaSimulatorFactory(IDictionary<string, string?> overrides)
    {
        foreach (var (key, value) in overrides)
        {
            _settings[key] = value;
        }
    }

    /// <summary>The settings of <see cref="With"/>: this factory's defaults with <paramref name="overrides"/> applied.</summary>
    public static Dictionary<string, string?> SettingsWith(IDictionary<string, string?> overrides)
    {
        var settings = Defaults();
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static Dictionary<string, string?> Defaults() => new()
    {
        ["KohaSimulator:SystemId"] = "koha-east",
        ["KohaSimulator:Seed"] = "42",
        ["KohaSimulator:RecordCount"] = "600",
        ["KohaSimulator:ClientId"] = ClientId,
        ["KohaSimulator:ClientSecret"] = ClientSecret,
        ["KohaSimulator:ChangeIntervalSeconds"] = "0",
        ["KohaSimulator:ChangesPerTick"] = "20",
    };

    /// <summary>A simulator with some settings changed.</summary>
    public static KohaSimulatorFactory With(IDictionary<string, string?> overrides) => new(overrides);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that already holds a bearer token.</summary>
    public async Task<HttpClient> AuthorisedClientAsync()
    {
        var client = CreateClient();
        var token = await KohaApi.TokenAsync(client);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }
}
