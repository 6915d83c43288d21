using Gateway.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>The Koha simulator in-process (its real HTTP pipeline over TestServer), playing koha-east.</summary>
internal sealed class SimulatorFactory(int records, string secret, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in KohaSimulatorSettings.For("koha-east", seed: 5, records, secret, settings))
        {
            builder.UseSetting(key, value);
        }
    }
}
