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

    [Theory]
    [InlineData("checkout.yaml", "/api/v1/checkouts?_per_page=5", "item,library")]
    [InlineData("hold.yaml", "/api/v1/holds?_per_page=20", "biblio,item,pickup_library,cancellation_requested")]
    [InlineData("item.yaml", "/api/v1/biblios/2/items", "+strings,_status,checkout,transfer,first_hold,home_library,holding_library,item_type,in_bundle,recall,cover_image_ids,analytics_count,effective_bookable")]
    [InlineData("authorised_value.yaml", "/api/v1/authorised_value_categories/LOC/authorised_values", "")]
    public async Task Objects_only_use_attributes_of_their_definition(string definition, string url, string embed)
    {
        var swagger = SharedFolder.KohaSwagger() ?? SkipMissing();
        var allowed = TopLevelProperty().Matches(File.ReadAllText(Path.Combine(swagger, "definitions", definition)))
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        using var client = await factory.AuthorisedClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (embed.Length > 0)
        {
            request.Headers.Add("x-koha-embed", embed);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var rows = (await KohaApi.JsonAsync(response)).EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows.SelectMany(r => r.EnumerateObject()), p => Assert.Contains(p.Name, allowed));
    }

    [Fact]
    public async Task Authorised_values_label_the_item_codes_and_unknown_categories_are_404()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var locations = await KohaApi.GetAsync(client, "/api/v1/authorised_value_categories/LOC/authorised_values?_per_page=-1");
        var values = (await KohaApi.JsonAsync(locations)).EnumerateArray().Select(v => v.GetProperty("value").GetString()).ToList();
        Assert.Contains("GEN", values);
        Assert.Contains("NNUH-SAT", values);
        using var ordered = await KohaApi.GetAsync(client, "/api/v1/authorised_value_categories/NOT_LOAN/authorised_values");
        Assert.Contains((await KohaApi.JsonAsync(ordered)).EnumerateArray(), v => v.GetProperty("value").GetString() == "-1");
        using var unknown = await KohaApi.GetAsync(client, "/api/v1/authorised_value_categories/NOPE/authorised_values");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static string SkipMissing()
    {
        Assert.Skip("shared/vendor-specs/koha is not beside the repository");
        return "";
    }
}
