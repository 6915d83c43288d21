using System.Net;
using System.Security;
using System.Text.Json;
using Gateway.Catalogue.Search;
using Gateway.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Catalogue.Tests;

/// <summary>Records for the search tests, and <c>GET /api/v1/records</c> over the test host.</summary>
internal static class SearchRecords
{
    public static readonly DateTimeOffset T0 = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A book; its own cluster when its identifiers (or, without them, its title) are its own.</summary>
    public static BibliographicRecordChanged Book(
        string system, string id, string title, string[]? isbns = null, string[]? oclc = null, string[]? subjects = null,
        string[]? authors = null, int? year = 2020, DateTimeOffset? at = null) =>
        new()
        {
            SystemId = system,
            VendorRecordId = id,
            SourceTimestamp = at ?? T0,
            CorrelationId = Guid.NewGuid(),
            Description = new BibliographicDescription
            {
                Title = title, Isbns = isbns ?? [], OclcNumbers = oclc ?? [], Subjects = subjects ?? [], Authors = authors ?? ["Longmore, Murray"],
                PublicationYear = year, Format = "book", Publisher = "OUP",
            },
            MarcXml = "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 i 4500</leader>"
                + $"<controlfield tag=\"001\">{id}</controlfield>"
                + $"<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">{SecurityElement.Escape(title)}</subfield></datafield></record>",
        };

    /// <summary>GET /api/v1/records?query, which must answer 200.</summary>
    public static Task<JsonElement> SearchAsync(OaiTestHost host, string query) => GetPageAsync(host, $"api/v1/records?{query}");

    /// <summary>
    /// Waits until the search rows of everything ingested so far are written (decision 0030: they follow ingest in a
    /// second stage): runs the refresher's batches until no mark is left.
    /// </summary>
    public static Task DrainAsync(OaiTestHost host) =>
        host.Services.GetRequiredService<ClusterSearchRefresher>().DrainAsync(TestContext.Current.CancellationToken);

    private static async Task<JsonElement> GetPageAsync(OaiTestHost host, string query)
    {
        await DrainAsync(host);
        using var response = await host.Http.GetAsync(new Uri(query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The cluster ids of a page, in order.</summary>
    public static List<string> Ids(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];

    /// <summary>The titles of a page, in order.</summary>
    public static List<string> Titles(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("title").GetString()!)];

    /// <summary>Every hit of a query, following next links; fails on a repeated hit.</summary>
    public static async Task<List<JsonElement>> AllAsync(OaiTestHost host, string query, Func<Task>? betweenPages = null)
    {
        var hits = new List<JsonElement>();
        var page = await SearchAsync(host, query);
        while (true)
        {
            hits.AddRange(page.GetProperty("items").EnumerateArray());
            if (page.GetProperty("next").GetString() is not { } next)
            {
                break;
            }

            if (betweenPages is not null)
            {
                await betweenPages();
            }

            page = await GetPageAsync(host, next.TrimStart('/'));
        }

        var ids = hits.Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        return hits;
    }
}
