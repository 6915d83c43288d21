using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

/// <summary>DELETE /api/v1/items/{item_id} (paths/items.yaml) and how a deletion shows to harvesters.</summary>
public sealed class ItemDeletionTests
{
    [Fact]
    public async Task A_deleted_item_is_gone_from_every_item_route_and_the_record_timestamp_stays()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        var item = await ShelvedItemAsync(client);
        var biblioId = item.GetProperty("biblio_id").GetInt32();
        var itemId = item.GetProperty("item_id").GetInt32();
        var biblioBefore = await KohaApi.JsonAsync(await KohaApi.GetAsync(client, $"/api/v1/biblios/{biblioId}"));

        using var deleted = await client.DeleteAsync(new Uri($"/api/v1/items/{itemId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        using var one = await KohaApi.GetAsync(client, $"/api/v1/items/{itemId}");
        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        using var ofRecord = await KohaApi.GetAsync(client, $"/api/v1/biblios/{biblioId}/items");
        Assert.DoesNotContain((await KohaApi.JsonAsync(ofRecord)).EnumerateArray(), i => i.GetProperty("item_id").GetInt32() == itemId);
        var biblioAfter = await KohaApi.JsonAsync(await KohaApi.GetAsync(client, $"/api/v1/biblios/{biblioId}"));
        Assert.Equal(biblioBefore.GetProperty("timestamp").GetString(), biblioAfter.GetProperty("timestamp").GetString());
        using var again = await client.DeleteAsync(new Uri($"/api/v1/items/{itemId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task An_item_on_loan_is_not_deleted_409_book_on_loan()
    {
        await using var factory = new KohaSimulatorFactory();
        using var client = await factory.AuthorisedClientAsync();
        using var list = await KohaApi.GetAsync(client, "/api/v1/items?_per_page=-1");
        var onLoan = (await KohaApi.JsonAsync(list)).EnumerateArray().First(i => i.GetProperty("checked_out_date").ValueKind == System.Text.Json.JsonValueKind.String);

        using var refused = await client.DeleteAsync(new Uri($"/api/v1/items/{onLoan.GetProperty("item_id").GetInt32()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("book_on_loan", (await KohaApi.JsonAsync(refused)).GetProperty("error_code").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task With_items_included_oai_datestamps_move_when_an_item_is_deleted(bool includeItems)
    {
        await using var factory = KohaSimulatorFactory.With(new Dictionary<string, string?> { ["KohaSimulator:OaiPmh:IncludeItems"] = includeItems ? "true" : "false" });
        using var client = await factory.AuthorisedClientAsync();
        var item = await ShelvedItemAsync(client);
        var from = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        using var deleted = await client.DeleteAsync(new Uri($"/api/v1/items/{item.GetProperty("item_id").GetInt32()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var listed = await client.GetAsync(new Uri($"/cgi-bin/koha/oai.pl?verb=ListIdentifiers&metadataPrefix=marcxml&from={from}", UriKind.Relative));

        var xml = XDocument.Parse(await listed.Content.ReadAsStringAsync());
        var identifiers = xml.Descendants(KohaXml.Oai + "identifier").Select(i => i.Value).ToList();
        var expected = $"oai:koha-east:{item.GetProperty("biblio_id").GetInt32()}";
        if (includeItems)
        {
            Assert.Equal([expected], identifiers);
        }
        else
        {
            Assert.Empty(identifiers); // noRecordsMatch: without items a record's datestamp is its own
        }
    }

    private static async Task<System.Text.Json.JsonElement> ShelvedItemAsync(HttpClient client)
    {
        using var holds = await KohaApi.GetAsync(client, "/api/v1/holds?_per_page=-1");
        var held = (await KohaApi.JsonAsync(holds)).EnumerateArray()
            .Where(h => h.GetProperty("item_id").ValueKind == System.Text.Json.JsonValueKind.Number).Select(h => h.GetProperty("item_id").GetInt32()).ToHashSet();
        using var list = await KohaApi.GetAsync(client, "/api/v1/items?_per_page=-1");
        return (await KohaApi.JsonAsync(list)).EnumerateArray()
            .First(i => i.GetProperty("checked_out_date").ValueKind == System.Text.Json.JsonValueKind.Null && !held.Contains(i.GetProperty("item_id").GetInt32()));
    }
}
