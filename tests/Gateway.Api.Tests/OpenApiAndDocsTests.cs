using System.Net;

namespace Gateway.Api.Tests;

/// <summary>The OpenAPI document and the documentation page.</summary>
public sealed class OpenApiAndDocsTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task OpenApi_document_is_version_3_and_describes_the_public_paths()
    {
        var client = factory.CreateClient();

        var document = await HttpJson.GetAsync(client, "/openapi/v1.json");

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/records", paths);
        Assert.Contains("/api/v1/records/{id}", paths);
        Assert.Contains("/api/v1/systems", paths);
        Assert.Contains("/api/v1/systems/{id}", paths);
    }

    [Fact]
    public async Task Search_operation_documents_each_query_parameter()
    {
        var client = factory.CreateClient();

        var document = await HttpJson.GetAsync(client, "/openapi/v1.json");

        var search = document.GetProperty("paths").GetProperty("/api/v1/records").GetProperty("get");
        Assert.Equal("SearchRecords", search.GetProperty("operationId").GetString());
        var parameters = search.GetProperty("parameters").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.TryGetProperty("description", out var d) ? d.GetString() : null);
        Assert.Equal(["cursor", "isbn", "library", "limit", "oclc", "q", "system"], parameters.Keys.Order(StringComparer.Ordinal));
        Assert.All(parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), $"{p.Key} has no description"));
    }

    [Fact]
    public async Task Docs_redirects_to_an_html_page()
    {
        var client = factory.CreateClient(); // follows redirects

        using var response = await client.GetAsync(new Uri("/docs", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/docs/", response.RequestMessage?.RequestUri?.AbsolutePath);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
    }
}
