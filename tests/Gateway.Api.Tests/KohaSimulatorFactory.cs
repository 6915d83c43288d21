extern alias simulator;
using Gateway.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.Api.Tests;

/// <summary>The Koha simulator in-process, playing koha-east.</summary>
internal sealed class KohaSimulatorFactory(int records, string secret, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<simulator::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in KohaSimulatorSettings.For("koha-east", seed: 3, records, secret, settings))
        {
            builder.UseSetting(key, value);
        }
    }
}
