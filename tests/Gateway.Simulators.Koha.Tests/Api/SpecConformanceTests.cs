using System.Text.RegularExpressions;
using Gateway.Simulators.Koha.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Simulators.Koha.Tests.Api;

/// <summary>Checks the simulator against the Koha swagger files in shared/ (skipped when shared/ is absent).</summary>
public sealed partial class SpecConformanceTests(KohaSimulatorFactory factory) : IClassFixture<KohaSimulatorFactory>
{
    [GeneratedRegex(@"^  ([a-z_]+):\s*$", RegexOptions.Multiline)]
    private static partial Regex TopLevelProperty();

    [Fact]
    public void Every_served_koha_path_is_in_the_spec()
    {
        var swagger = SharedFolder.KohaSwagger() ?? SkipMissing();
        var spec = string.Concat(Directory.GetFiles(Path.Combine(swagger, "paths"), "*.yaml").Select(File.ReadAllText));
        Assert.Contains("\"/biblios\":", File.ReadAllText(Path.Combine(swagger, "paths", "biblios.yaml")), StringComparison.Ordinal);
        var served = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(p => p.StartsWith("/api/v1/", StringComparison.Ordinal) && !p.Contains('*', StringComparison.Ordinal))
            .Select(p => p["/api/v1".Length..])
            .Distinct()
            .ToList();
        Assert.Contains("/biblios/{biblio_id}/items", served);
        Assert.All(served, path => Assert.True(
            spec.Contains($"\"{path}\":", StringComparison.Ordinal) || spec.Contains($"\n{path}:", StringComparison.Ordinal),
            $"{path} is not in the Koha spec"));
    }

    [Fact]
    public async Task Item_objects_only_use_attributes_of_definitions_item_yaml()
    {
        var swagger = SharedFolder.KohaSwagger() ?? SkipMissing();
        var allowed = TopLevelProperty().Matches(File.ReadAllText(Path.Combine(swagger, "definitions", "item.yaml")))
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/biblios/1/items");
        var item = (await KohaApi.JsonAsync(response))[0];
        Assert.All(item.EnumerateObject(), p => Assert.Contains(p.Name, allowed));
    }

    private static string SkipMissing()
    {
        Assert.Skip("shared/vendor-specs/koha is not beside the repository");
        return "";
    }
}
