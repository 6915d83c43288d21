using Gateway.Adapters.Koha.Harvesting;
using Gateway.Adapters.Koha.Vendor;
using Gateway.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>
/// The adapter's HTTP surface (<c>MapKohaAdapter</c>) in a web host over TestServer, its Koha calls going to the
/// in-process simulator through the production resilience handler (shorter retry delays). The harvest worker is
/// removed so that the simulator's call counters show only what the request under test caused.
/// </summary>
internal sealed class AdapterHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private AdapterHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static async Task<AdapterHost> StartAsync(SimulatorFactory simulator, string statePath, string secret, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        var configuration = AdapterTestSettings.EastSystem(simulator, statePath, secret);
        configuration["Systems:koha-off:Name"] = "Switched off";
        configuration["Systems:koha-off:Vendor"] = "koha";
        configuration["Systems:koha-off:Region"] = "london";
        configuration["Systems:koha-off:Enabled"] = "false";
        configuration["Systems:koha-off:BaseUrl"] = simulator.Server.BaseAddress.ToString();
        configuration["Systems:koha-off:Libraries:0:Code"] = "OFF";
        configuration["Systems:koha-off:Libraries:0:Name"] = "Off";
        builder.Configuration.AddInMemoryCollection(configuration);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddGatewayProblemDetails();
        builder.AddKohaAdapter();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.FromMilliseconds(20)));
        builder.Services.AddHttpClient(KohaApiClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => simulator.Server.CreateHandler());
        builder.Services.Remove(builder.Services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(KohaHarvestWorker)));

        var app = builder.Build();
        app.UseGatewayErrorHandling();
        app.MapKohaAdapter();
        await app.StartAsync();
        return new AdapterHost(app);
    }

    public HttpClient CreateClient() => _app.GetTestClient();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
