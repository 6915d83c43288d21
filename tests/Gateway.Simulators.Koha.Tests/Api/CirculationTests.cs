using System.Globalization;
using System.Net;
using System.Text.Json;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Api;

public sealed class CirculationTests(KohaSimulatorFactory factory) : IClassFixture<KohaSimulatorFactory>
{
    [Fact]
    public async Task Holds_are_queued_with_a_priority_or_allocated_to_an_item_as_W_T_or_P()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/holds?_per_page=-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var holds = (await KohaApi.JsonAsync(response)).EnumerateArray().ToList();
        Assert.Equal(holds.Count.ToString(CultureInfo.InvariantCulture), KohaApi.Header(response, "X-Total-Count"));
        var byStatus = holds.GroupBy(h => h.GetProperty("status").ValueKind == JsonValueKind.Null ? "queued" : h.GetProperty("status").GetString()!)
            .ToDictionary(g => g.Key, g => g.ToList());
        Assert.Superset(new HashSet<string> { "queued", "W", "T" }, byStatus.Keys.ToHashSet());
        Assert.All(byStatus["queued"], h =>
        {
            Assert.True(h.GetProperty("priority").GetInt32() >= 1);
            Assert.Equal(JsonValueKind.Null, h.GetProperty("item_id").ValueKind);
        });
        Assert.All(byStatus["W"], h =>
        {
            Assert.Equal(0, h.GetProperty("priority").GetInt32());
            Assert.True(h.GetProperty("item_id").GetInt32() > 0);
            var waiting = DateOnly.Parse(h.GetProperty("waiting_date").GetString()!, CultureInfo.InvariantCulture);
            Assert.Equal(waiting.AddDays(7), DateOnly.Parse(h.GetProperty("expiration_date").GetString()!, CultureInfo.InvariantCulture));
        });
        Assert.All(byStatus["T"], h => Assert.True(h.GetProperty("item_id").GetInt32() > 0));
        Assert.All(holds, h => Assert.False(string.IsNullOrEmpty(h.GetProperty("pickup_library_id").GetString())));
        Assert.All(holds, h => Assert.DoesNotContain("surname", h.GetRawText(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Holds_filter_by_q_and_by_attribute_parameters()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var waiting = await KohaApi.GetAsync(client, $"/api/v1/holds?_per_page=-1&q={KohaApi.Q("""{"status":"W"}""")}");
        var w = (await KohaApi.JsonAsync(waiting)).EnumerateArray().ToList();
        Assert.NotEmpty(w);
        Assert.All(w, h => Assert.Equal("W", h.GetProperty("status").GetString()));

        using var queued = await KohaApi.GetAsync(client, $"/api/v1/holds?_per_page=-1&q={KohaApi.Q("""{"status":null}""")}");
        Assert.All((await KohaApi.JsonAsync(queued)).EnumerateArray(), h => Assert.Equal(JsonValueKind.Null, h.GetProperty("status").ValueKind));

        var biblioId = w[0].GetProperty("biblio_id").GetInt32();
        var itemId = w[0].GetProperty("item_id").GetInt32();
        using var byParameter = await KohaApi.GetAsync(client, $"/api/v1/holds?biblio_id={biblioId}&_per_page=-1");
        Assert.All((await KohaApi.JsonAsync(byParameter)).EnumerateArray(), h => Assert.Equal(biblioId, h.GetProperty("biblio_id").GetInt32()));
        using var byItem = await KohaApi.GetAsync(client, $"/api/v1/holds?q={KohaApi.Q($$"""{"item_id":{{itemId}}}""")}");
        Assert.Single((await KohaApi.JsonAsync(byItem)).EnumerateArray());

        using var unknown = await KohaApi.GetAsync(client, "/api/v1/holds?colour=red");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        using var badOld = await KohaApi.GetAsync(client, "/api/v1/holds?old=perhaps");
        Assert.Equal(HttpStatusCode.BadRequest, badOld.StatusCode);
    }

    [Fact]
    public async Task Checkouts_carry_rfc3339_due_dates_matching_the_items_checked_out_date()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var response = await KohaApi.GetAsync(client, "/api/v1/checkouts?_per_page=50");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checkouts = (await KohaApi.JsonAsync(response)).EnumerateArray().ToList();
        Assert.NotEmpty(checkouts);
        foreach (var checkout in checkouts.Take(10))
        {
            var due = checkout.GetProperty("due_date").GetString()!;
            Assert.Matches(@"^\d{4}-\d\d-\d\dT23:59:00\+00:00$", due);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$", checkout.GetProperty("checkout_date").GetString()!);
            Assert.False(string.IsNullOrEmpty(checkout.GetProperty("library_id").GetString()));
            Assert.Equal(JsonValueKind.Null, checkout.GetProperty("checkin_date").ValueKind);
            Assert.True(checkout.GetProperty("patron_id").GetInt32() > 0);
            Assert.DoesNotContain("surname", checkout.GetRawText(), StringComparison.Ordinal);

            var itemId = checkout.GetProperty("item_id").GetInt32();
            using var item = await KohaApi.GetAsync(client, $"/api/v1/items/{itemId}");
            Assert.Equal(due[..10], (await KohaApi.JsonAsync(item)).GetProperty("checked_out_date").GetString());
            using var byItem = await KohaApi.GetAsync(client, $"/api/v1/checkouts?q={KohaApi.Q($$"""{"item_id":{{itemId}}}""")}");
            Assert.Equal(checkout.GetProperty("checkout_id").GetInt32(), (await KohaApi.JsonAsync(byItem))[0].GetProperty("checkout_id").GetInt32());
        }

        using var one = await KohaApi.GetAsync(client, $"/api/v1/checkouts/{checkouts[0].GetProperty("checkout_id").GetInt32()}");
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        using var missing = await KohaApi.GetAsync(client, "/api/v1/checkouts/99999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Item_embeds_give_the_checkout_without_the_patron_and_a_status_list()
    {
        await using var own = new KohaSimulatorFactory();
        using var client = await own.AuthorisedClientAsync();
        using var checkouts = await KohaApi.GetAsync(client, "/api/v1/checkouts?_per_page=1");
        var loan = (await KohaApi.JsonAsync(checkouts))[0];
        using var itemResponse = await KohaApi.GetAsync(client, $"/api/v1/items/{loan.GetProperty("item_id").GetInt32()}");
        var biblioId = (await KohaApi.JsonAsync(itemResponse)).GetProperty("biblio_id").GetInt32();

        var items = await EmbeddedAsync(client, $"/api/v1/biblios/{biblioId}/items", "checkout,_status");
        var onLoan = items.Single(i => i.GetProperty("item_id").GetInt32() == loan.GetProperty("item_id").GetInt32());
        Assert.Equal(loan.GetProperty("checkout_id").GetInt32(), onLoan.GetProperty("checkout").GetProperty("checkout_id").GetInt32());
        Assert.False(onLoan.GetProperty("checkout").TryGetProperty("patron", out _));
        Assert.Contains("checked_out", onLoan.GetProperty("_status").EnumerateArray().Select(s => s.GetString()));
        Assert.All(items.Where(i => i.GetProperty("checked_out_date").ValueKind == JsonValueKind.Null),
            i => Assert.Equal(JsonValueKind.Null, i.GetProperty("checkout").ValueKind));

        var fromItems = await EmbeddedAsync(client, $"/api/v1/items?q={KohaApi.Q($$"""{"biblio_id":{{biblioId}}}""")}", "checkout,_status");
        Assert.Equal(items.Count, fromItems.Count);
        var stats = await KohaApi.JsonAsync(await client.GetAsync("/_sim/stats"));
        Assert.Equal(0, stats.GetProperty("patronEmbedRequests").GetInt64());
        Assert.Equal(0, stats.GetProperty("patronCalls").GetInt64());

        var withPatron = await EmbeddedAsync(client, $"/api/v1/biblios/{biblioId}/items", "checkout.patron");
        Assert.Contains("PATRON-DATA-MUST-NOT-LEAVE", withPatron.Single(i => i.GetProperty("item_id").GetInt32() == loan.GetProperty("item_id").GetInt32())
            .GetProperty("checkout").GetProperty("patron").GetRawText(), StringComparison.Ordinal);
        Assert.Single(await EmbeddedAsync(client, "/api/v1/holds?_per_page=1", "patron"));
        stats = await KohaApi.JsonAsync(await client.GetAsync("/_sim/stats"));
        Assert.Equal(2, stats.GetProperty("patronEmbedRequests").GetInt64());
    }

    [Fact]
    public async Task Unknown_embeds_fail_openapi_validation()
    {
        using var client = await factory.AuthorisedClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/biblios/1/items");
        request.Headers.Add("x-koha-embed", "checkout,wormhole");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await KohaApi.JsonAsync(response);
        Assert.Equal("/x-koha-embed/1", body.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Variants_of_one_embed_write_it_once()
    {
        using var client = await factory.AuthorisedClientAsync();
        var items = await EmbeddedAsync(client, "/api/v1/items?_per_page=200", "transfer,transfer+strings,first_hold,first_hold+strings,first_hold.patron,checkout,checkout.patron,+strings");
        Assert.All(items, i =>
        {
            var names = i.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(names.Count, names.Distinct().Count());
            Assert.Contains("_strings", names);
        });
        var held = items.First(i => i.GetProperty("first_hold").ValueKind == JsonValueKind.Object);
        Assert.Contains("PATRON-DATA-MUST-NOT-LEAVE", held.GetProperty("first_hold").GetProperty("patron").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_item_status_koha_has_is_generated()
    {
        using var client = await factory.AuthorisedClientAsync();
        var items = await EmbeddedAsync(client, "/api/v1/items?_per_page=-1", "_status,transfer,first_hold");
        var statuses = items.SelectMany(i => i.GetProperty("_status").EnumerateArray().Select(s => s.GetString()!)).ToHashSet();
        Assert.Superset(new HashSet<string> { "available", "checked_out", "lost", "damaged", "withdrawn", "not_for_loan", "in_transit", "waiting" }, statuses);
        Assert.Contains(items, i => i.GetProperty("not_for_loan_status").GetInt32() < 0);
        Assert.Contains(items, i => i.GetProperty("transfer").ValueKind == JsonValueKind.Object);
        var waiting = items.First(i => i.GetProperty("_status").EnumerateArray().Any(s => s.GetString() == "waiting"));
        Assert.Equal("W", waiting.GetProperty("first_hold").GetProperty("status").GetString());
        Assert.Equal(waiting.GetProperty("holding_library_id").GetString(), waiting.GetProperty("first_hold").GetProperty("pickup_library_id").GetString());
        var onLoan = items.Count(i => i.GetProperty("checked_out_date").ValueKind != JsonValueKind.Null);
        Assert.InRange(onLoan * 100 / items.Count, 3, 30);
    }

    [Fact]
    public async Task Circulation_changes_bump_the_item_timestamp_but_not_the_biblio_and_close_loans_and_holds()
    {
        await using var own = new KohaSimulatorFactory();
        using var client = await own.AuthorisedClientAsync();
        var biblioBefore = await TimestampsAsync(client, "/api/v1/biblios?_per_page=-1", "biblio_id");
        var itemBefore = await TimestampsAsync(client, "/api/v1/items?_per_page=-1", "item_id");
        using var advance = await client.PostAsync("/_sim/advance?ticks=10&changes=20", null);
        var changes = (await KohaApi.JsonAsync(advance)).GetProperty("changes").EnumerateArray().ToList();
        var itemChanges = changes.Where(c => c.GetProperty("kind").GetString() == "ItemStatusChanged").ToList();
        Assert.NotEmpty(itemChanges);
        Assert.Contains(changes, c => c.GetProperty("kind").GetString() == "HoldPlaced");
        var recordChanges = changes.Where(c => c.GetProperty("kind").GetString() is "BiblioUpdated" or "BiblioDeleted")
            .Select(c => c.GetProperty("biblioId").GetInt32()).ToHashSet();

        var biblioAfter = await TimestampsAsync(client, "/api/v1/biblios?_per_page=-1", "biblio_id");
        var itemAfter = await TimestampsAsync(client, "/api/v1/items?_per_page=-1", "item_id");
        foreach (var change in itemChanges.GroupBy(c => c.GetProperty("itemId").GetInt32()).Select(g => g.Last()))
        {
            var itemId = change.GetProperty("itemId").GetInt32();
            var biblioId = change.GetProperty("biblioId").GetInt32();
            if (itemAfter.TryGetValue(itemId, out var after))
            {
                Assert.Equal(change.GetProperty("timestamp").GetString(), after);
                if (itemBefore.TryGetValue(itemId, out var before))
                {
                    Assert.NotEqual(before, after); // not there before: a copy of a record added in the same run
                }
            }

            if (!recordChanges.Contains(biblioId) && biblioAfter.TryGetValue(biblioId, out var biblioTimestamp) && biblioBefore.TryGetValue(biblioId, out var biblioWas))
            {
                Assert.Equal(biblioWas, biblioTimestamp);
            }
        }

        using var returned = await KohaApi.GetAsync(client, "/api/v1/checkouts?checked_in=true&_per_page=-1");
        var closed = (await KohaApi.JsonAsync(returned)).EnumerateArray().ToList();
        Assert.NotEmpty(closed);
        Assert.All(closed, c => Assert.NotEqual(JsonValueKind.Null, c.GetProperty("checkin_date").ValueKind));
        var details = itemChanges.Select(c => c.GetProperty("detail").GetString()!).ToList();
        Assert.Contains(details, d => d.StartsWith("checked in", StringComparison.Ordinal));
        Assert.Contains(details, d => d.StartsWith("checked out", StringComparison.Ordinal));
    }

    private static async Task<List<JsonElement>> EmbeddedAsync(HttpClient client, string url, string embed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("x-koha-embed", embed);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await KohaApi.JsonAsync(response)).EnumerateArray()];
    }

    private static async Task<Dictionary<int, string>> TimestampsAsync(HttpClient client, string url, string key)
    {
        using var response = await KohaApi.GetAsync(client, url);
        return (await KohaApi.JsonAsync(response)).EnumerateArray().ToDictionary(e => e.GetProperty(key).GetInt32(), e => e.GetProperty("timestamp").GetString()!);
    }
}
