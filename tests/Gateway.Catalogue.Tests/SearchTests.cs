using System.Net;
using System.Text.Json;
using Gateway.Catalogue.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Gateway.Catalogue.Tests.SearchRecords;

namespace Gateway.Catalogue.Tests;

/// <summary><c>GET /api/v1/records</c>: search over the consolidated records, on both stores, over HTTP.</summary>
public sealed class SearchTests
{
    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_title_match_ranks_above_a_subject_match_and_a_shorter_title_above_a_longer_one(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);
        await host.ConsumeAsync(Book("koha-east", "1", "Clinical medicine", [OaiRecords.Isbn(1)], subjects: ["Cardiology"]));
        await host.ConsumeAsync(Book("koha-east", "2", "Cardiology explained for the clinical team", [OaiRecords.Isbn(2)], subjects: ["Medicine"]));
        await host.ConsumeAsync(Book("koha-london", "3", "Cardiology", [OaiRecords.Isbn(3)]));
        await host.ConsumeAsync(Book("koha-london", "4", "Nursing", [OaiRecords.Isbn(4)], subjects: ["Paediatrics"]));

        var page = await SearchAsync(host, "q=cardiology");

        Assert.Equal(["Cardiology", "Cardiology explained for the clinical team", "Clinical medicine"], Titles(page));
        var scores = page.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("score").GetInt32()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Every_word_is_required_and_case_and_diacritics_are_ignored_both_ways(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);
        await host.ConsumeAsync(Book("koha-east", "1", "Übersicht der Kardiologie", [OaiRecords.Isbn(1)], authors: ["Müller, Jürgen"]));
        await host.ConsumeAsync(Book("koha-east", "2", "Kardiologie heute", [OaiRecords.Isbn(2)], authors: ["Smith, Anne"]));
        await host.ConsumeAsync(Book("koha-east", "3", "Café culture and the résumé", [OaiRecords.Isbn(3)]));

        Assert.Equal(["Übersicht der Kardiologie"], Titles(await SearchAsync(host, "q=MULLER+kardiologie")));
        Assert.Equal(["Übersicht der Kardiologie"], Titles(await SearchAsync(host, "q=" + Uri.EscapeDataString("übersicht"))));
        Assert.Equal(["Café culture and the résumé"], Titles(await SearchAsync(host, "q=cafe+RESUME")));
        Assert.Equal(["Café culture and the résumé"], Titles(await SearchAsync(host, "q=" + Uri.EscapeDataString("CAFÉ résumé"))));
        Assert.Empty(Titles(await SearchAsync(host, "q=kardiologie+smith+muller")));
        Assert.Equal(2, Titles(await SearchAsync(host, "q=kardiologie")).Count);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Isbn_in_any_spelling_and_oclc_with_any_prefix_find_the_cluster(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);
        await host.ConsumeAsync(Book("koha-east", "1", "Oxford handbook of clinical medicine", ["9780199689903"], oclc: ["872699089"]));
        await host.ConsumeAsync(Book("koha-london", "2", "Oxford handbook of clinical medicine", ["9780199689903"]));
        await host.ConsumeAsync(Book("koha-east", "3", "Another book", [OaiRecords.Isbn(3)], oclc: ["123"]));
        var cluster = await ClusterOfAsync(host, "koha-east:1");

        foreach (var isbn in new[] { "9780199689903", "978-0-19-968990-3", "0199689903", "0-19-968990-3" })
        {
            var page = await SearchAsync(host, "isbn=" + Uri.EscapeDataString(isbn));
            Assert.Equal([cluster], Ids(page));
            var hit = page.GetProperty("items")[0];
            Assert.Equal(["koha-east:1", "koha-london:2"], hit.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal(["koha-east", "koha-london"], hit.GetProperty("systems").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal(["9780199689903"], hit.GetProperty("identifiers").GetProperty("isbns").EnumerateArray().Select(s => s.GetString()));
            Assert.Equal($"/api/v1/records/{cluster}", hit.GetProperty("links").GetProperty("self").GetString());
        }

        foreach (var oclc in new[] { "872699089", "(OCoLC)872699089", "ocn872699089", "(OCoLC)ocm0872699089" })
        {
            Assert.Equal([cluster], Ids(await SearchAsync(host, "oclc=" + Uri.EscapeDataString(oclc))));
        }

        Assert.Empty(Ids(await SearchAsync(host, "isbn=9780199689903&oclc=123")));
        Assert.Empty(Ids(await SearchAsync(host, "isbn=" + OaiRecords.Isbn(99))));
        Assert.Equal([cluster], Ids(await SearchAsync(host, "isbn=9780199689903&q=oxford+handbook")));
        Assert.Empty(Ids(await SearchAsync(host, "isbn=9780199689903&q=another")));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task System_and_library_filters_select_the_clusters_held_there(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);
        await host.ConsumeAsync(Book("koha-east", "1", "Medicine one", [OaiRecords.Isbn(1)]));
        await host.ConsumeAsync(Book("koha-london", "2", "Medicine two", [OaiRecords.Isbn(2)]));
        await host.ConsumeAsync(Book("koha-london", "3", "Medicine one", [OaiRecords.Isbn(1)])); // joins koha-east:1
        await host.ConsumeAsync(OaiRecords.Holdings("koha-east", "1", T0, ("i1", "ADD")));
        await host.ConsumeAsync(OaiRecords.Holdings("koha-london", "2", T0, ("i2", "BARTS")));
        var one = await ClusterOfAsync(host, "koha-east:1");
        var two = await ClusterOfAsync(host, "koha-london:2");
        Assert.Equal(one, await ClusterOfAsync(host, "koha-london:3"));

        Assert.Equal(new[] { one, two }.Order(StringComparer.Ordinal), Ids(await SearchAsync(host, "system=koha-london")));
        Assert.Equal([one], Ids(await SearchAsync(host, "system=koha-east&q=medicine")));
        Assert.Equal([one], Ids(await SearchAsync(host, "library=ADD")));
        Assert.Equal([one], Ids(await SearchAsync(host, "library=koha-east.ADD&q=medicine")));
        Assert.Equal([two], Ids(await SearchAsync(host, "library=BARTS&system=koha-london")));
        Assert.Empty(Ids(await SearchAsync(host, "library=UHB")));

        var hit = (await SearchAsync(host, "library=ADD")).GetProperty("items")[0];
        var library = Assert.Single(hit.GetProperty("libraries").EnumerateArray());
        Assert.Equal(("koha-east", "ADD", "Addenbrooke's"),
            (library.GetProperty("systemId").GetString(), library.GetProperty("code").GetString(), library.GetProperty("name").GetString()));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Paging_serves_every_hit_once_while_records_are_ingested_between_pages(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);
        for (var i = 1; i <= 13; i++)
        {
            // Titles of 2 to 4 words: three score groups, several hits in each (ties broken by id).
            var title = "Medicine" + string.Concat(Enumerable.Repeat(" volume", 1 + (i % 3)));
            await host.ConsumeAsync(Book("koha-east", $"{i}", title, [OaiRecords.Isbn(i)], subjects: [$"Topic {i}"]));
        }

        await DrainAsync(host);
        var before = await host.QueryAsync(db => db.ClusterSearch.Select(e => e.ClusterId).ToListAsync());
        var added = 100;
        Task IngestMore() => Task.WhenAll(
            host.ConsumeAsync(Book("koha-london", $"{++added}", "Medicine volume", [OaiRecords.Isbn(added)])),
            host.ConsumeAsync(Book("koha-london", $"{++added}", "Unrelated surgery", [OaiRecords.Isbn(added)])));

        foreach (var query in new[] { "q=medicine&limit=4", "limit=4", "q=volume+medicine&limit=3" })
        {
            var hits = await AllAsync(host, query, IngestMore);

            var ids = hits.Select(h => h.GetProperty("id").GetString()!).ToHashSet();
            Assert.Superset(before.ToHashSet(), ids);
            if (query.StartsWith("q=", StringComparison.Ordinal))
            {
                var keys = hits.Select(h => (Score: h.GetProperty("score").GetInt32(), Id: h.GetProperty("id").GetString()!)).ToList();
                Assert.Equal(keys.OrderByDescending(k => k.Score).ThenBy(k => k.Id, StringComparer.Ordinal), keys);
            }
            else
            {
                Assert.All(hits, h => Assert.Equal(JsonValueKind.Null, h.GetProperty("score").ValueKind));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_merged_cluster_leaves_the_results_and_its_survivor_holds_every_member(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);
        await host.ConsumeAsync(Book("koha-east", "1", "Emergency medicine", oclc: ["123"]));
        await host.ConsumeAsync(Book("koha-london", "2", "Emergency medicine", [OaiRecords.Isbn(7)], year: null));
        var first = await ClusterOfAsync(host, "koha-east:1");
        var second = await ClusterOfAsync(host, "koha-london:2");
        Assert.NotEqual(first, second);
        Assert.Equal(2, Ids(await SearchAsync(host, "q=emergency")).Count);

        await host.ConsumeAsync(Book("koha-midlands", "3", "Emergency medicine", [OaiRecords.Isbn(7)], oclc: ["123"]));

        var survivor = await ClusterOfAsync(host, "koha-midlands:3");
        var retired = survivor == first ? second : first;
        var page = await SearchAsync(host, "q=emergency");
        Assert.Equal([survivor], Ids(page));
        Assert.Equal(["koha-east:1", "koha-london:2", "koha-midlands:3"],
            page.GetProperty("items")[0].GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.DoesNotContain(retired, Ids(await SearchAsync(host, "limit=200")));
        Assert.Equal([survivor], Ids(await SearchAsync(host, "oclc=123")));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_deleted_record_leaves_the_index_and_a_changed_title_is_found_by_its_new_words(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);
        await host.ConsumeAsync(Book("koha-east", "1", "Anatomy atlas", [OaiRecords.Isbn(1)]));
        await host.ConsumeAsync(Book("koha-east", "2", "Physiology", [OaiRecords.Isbn(2)]));
        Assert.Single(Ids(await SearchAsync(host, "q=anatomy")));

        await host.ConsumeAsync(OaiRecords.Deleted("koha-east", "1", T0.AddMinutes(1)));
        await host.ConsumeAsync(Book("koha-east", "2", "Human physiology revised", [OaiRecords.Isbn(2)], at: T0.AddMinutes(1)));

        Assert.Empty(Ids(await SearchAsync(host, "q=anatomy")));
        Assert.Empty(Ids(await SearchAsync(host, "q=atlas")));
        Assert.Single(Ids(await SearchAsync(host, "q=revised")));
        Assert.Equal(["Human physiology revised"], Titles(await SearchAsync(host, "limit=10")));
        Assert.Equal(1, await host.QueryAsync(db => db.ClusterSearch.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Search_words_are_data_not_query_syntax(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);
        await host.ConsumeAsync(Book("koha-east", "1", "Near or not: AND the column", [OaiRecords.Isbn(1)]));

        foreach (var q in new[] { "near OR not", "\"and\" the column*", "TitleText: near", "NEAR(not column)", "-not ^near", "a'b & c | !d" })
        {
            var page = await SearchAsync(host, "q=" + Uri.EscapeDataString(q));
            Assert.True(page.GetProperty("items").GetArrayLength() <= 1, q);
        }

        Assert.Single(Ids(await SearchAsync(host, "q=" + Uri.EscapeDataString("NEAR(not column)"))));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Clusters_stored_before_search_existed_are_indexed_at_start_up(string store)
    {
        await using var host = await OaiTestHost.StartAsync(store: store);
        await host.ConsumeAsync(Book("koha-east", "1", "Pharmacology", [OaiRecords.Isbn(1)]));
        await host.ConsumeAsync(Book("koha-london", "2", "Clinical pharmacology", [OaiRecords.Isbn(2)]));
        await host.ConsumeAsync(Book("koha-london", "3", "Gone", [OaiRecords.Isbn(3)]));
        await host.ConsumeAsync(OaiRecords.Deleted("koha-london", "3", T0.AddMinutes(1)));
        await DrainAsync(host);
        await host.QueryAsync(db => db.ClusterSearch.ExecuteDeleteAsync());
        Assert.Empty(Ids(await SearchAsync(host, "q=pharmacology")));

        await new ClusterSearchBackfill(host.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<ClusterSearchBackfill>.Instance)
            .StartAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["Pharmacology", "Clinical pharmacology"], Titles(await SearchAsync(host, "q=pharmacology")));
        Assert.Equal(2, await host.QueryAsync(db => db.ClusterSearch.CountAsync()));
    }

    [Theory]
    [InlineData("q=", "q")]
    [InlineData("q=%21%21%21", "q")]
    [InlineData("isbn=12345", "isbn")]
    [InlineData("isbn=978-0-19-968990-4", "isbn")]
    [InlineData("oclc=abc", "oclc")]
    [InlineData("library=NOPE", "library")]
    [InlineData("library=UHB&system=koha-east", "library")]
    [InlineData("system=nope", "system")]
    [InlineData("limit=0", "limit")]
    [InlineData("cursor=abc", "cursor")]
    public async Task Bad_input_is_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        await using var host = await OaiTestHost.StartAsync();

        using var response = await host.Http.GetAsync(new Uri($"api/v1/records?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var error = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(parameter, error.Name);
        Assert.Contains(error.Value[0].GetString()!, problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_too_long_q_and_a_ranked_cursor_without_q_are_problems()
    {
        await using var host = await OaiTestHost.StartAsync();
        for (var i = 1; i <= 3; i++)
        {
            await host.ConsumeAsync(Book("koha-east", $"{i}", $"Medicine {i}", [OaiRecords.Isbn(i)]));
        }

        var ranked = (await SearchAsync(host, "q=medicine&limit=1")).GetProperty("nextCursor").GetString()!;

        using var tooLong = await host.Http.GetAsync(new Uri($"api/v1/records?q={new string('a', 257)}", UriKind.Relative));
        using var mixed = await host.Http.GetAsync(new Uri($"api/v1/records?cursor={ranked}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("257", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        Assert.Contains("\"cursor\"", await mixed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Task<string> ClusterOfAsync(OaiTestHost host, string sourceId) =>
        host.QueryAsync(db => db.ClusterMemberships.Where(m => m.SourceId == sourceId).Select(m => m.ClusterId).SingleAsync());
}
