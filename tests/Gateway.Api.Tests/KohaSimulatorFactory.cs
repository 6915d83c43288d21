extern alias simulator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.Api.Tests;

/// <summary>The Koha simulator in-process, playing koha-east.</summary>
internal sealed class KohaSimulatorFactory(int records, string secret, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<simulator::Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("KohaSimulator:SystemId", "koha-east");
        builder.UseSetting("KohaSimulator:Seed", "3");
        builder.UseSetting("KohaSimulator:RecordCount", records.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("KohaSimulator:ClientId", "gateway");
        builder.UseSetting("KohaSimulator:ClientSecret", secret);
        builder.UseSetting("KohaSimulator:ChangeIntervalSeconds", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
