using Gateway.Testing;

namespace Gateway.IntegrationTests;

/// <summary>
/// The catalogue host's availability options are checked at start-up (decision 0026): no adapter runs there, so a
/// vendor with an enabled system must have its adapter's URL. Fails before the bus or the store is touched.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CatalogueHostStartupTests
{
    [Fact]
    public async Task Without_the_koha_adapter_s_url_the_catalogue_host_refuses_to_start_and_names_the_key()
    {
        var data = Directory.CreateTempSubdirectory("gateway-catalogue-startup-").FullName;
        try
        {
            var env = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Catalogue__ConnectionString"] = $"Data Source={Path.Combine(data, "catalogue.db")}",
                ["Systems__koha-east__Name"] = "East of England (test)",
                ["Systems__koha-east__Vendor"] = "koha",
                ["Systems__koha-east__Region"] = "east-of-england",
                ["Systems__koha-east__BaseUrl"] = "http://127.0.0.1:9/",
                ["Systems__koha-east__Libraries__0__Code"] = "ADD",
                ["Systems__koha-east__Libraries__0__Name"] = "Addenbrooke's",
            };
            await using var host = ProcessHost.StartDotnet("Gateway.Catalogue.Host", env, "--urls", FreePort.NextHttpUrl().ToString().TrimEnd('/'));

            var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

            Assert.NotEqual(0, exitCode);
            Assert.True(host.OutputContains("Availability:AdapterUrls:koha is required in the catalogue host"), host.Describe(40));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
