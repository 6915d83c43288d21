using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>The Koha simulator in-process (its real HTTP pipeline over TestServer).</summary>
internal sealed class SimulatorFactory(int records, string secret, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("KohaSimulator:SystemId", "koha-east");
        builder.UseSetting("KohaSimulator:Seed", "5");
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
