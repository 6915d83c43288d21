using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Testing;

namespace Gateway.IntegrationTests;

/// <summary>A Koha record reaches the hub's API across real processes and a real RabbitMQ node.</summary>
[Trait("Category", "Integration")]
[Collection(DistributedSystems.Name)]
public sealed class DistributedFlowTests(RabbitMqVirtualHostFixture rabbit) : IClassFixture<RabbitMqVirtualHostFixture>
{
    private const int Records = 250;

    [Fact]
    public async Task Simulator_records_reach_the_gateway_through_adapter_rabbitmq_and_catalogue_processes()
    {
        var vhost = rabbit.RequireOrSkip();
        await using var system = await DistributedSystem.StartAsync(vhost, Records);

        // Every record the simulator serves arrives, once, through the gateway (YARP → catalogue process).
        List<string> records;
        try
        {
            records = await Eventually.GetAsync(system.ListAllSourceIdsAsync, all => all.Count == Records, TimeSpan.FromSeconds(90),
                $"all {Records} simulator records listed by the gateway's search");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"{e.Message}\n--- processes ---\n{system.Describe()}");
        }

        Assert.Equal(Records, records.Distinct().Count());

        // The catalogue's copy says what Koha says: compare one record's title with the simulator's own JSON.
        var sampleId = records[Records / 2];
        var sample = await system.Http.GetFromJsonAsync<JsonElement>(new Uri(system.Gateway, $"/api/v1/records/{sampleId}"));
        var vendorId = sample.GetProperty("vendorRecordId").GetString();
        var kohaTitle = await KohaTitleAsync(system, vendorId!);
        Assert.StartsWith(kohaTitle.TrimEnd(' ', '/', ':', '.'), sample.GetProperty("description").GetProperty("title").GetString(), StringComparison.Ordinal);

        // Reconciliation across the processes: the catalogue asks the adapter over RabbitMQ, the adapter asks Koha.
        var reconciled = await Eventually.GetAsync(
            () => system.Http.GetFromJsonAsync<JsonElement>(new Uri(system.Gateway, "/api/v1/ops/reconciliation/koha-east?ids=true")),
            r => r.GetProperty("inSync").GetBoolean(),
            TimeSpan.FromSeconds(60),
            "the vendor's, the catalogue's and the clustered counts agree");
        Assert.Equal(Records, reconciled.GetProperty("vendor").GetProperty("records").GetInt64());
        Assert.Empty(reconciled.GetProperty("differences").GetProperty("missingFromCatalogue").EnumerateArray());

        // OAI-PMH through the gateway (YARP → catalogue process, its store in PostgreSQL when the script started one).
        var identify = await system.Http.GetStringAsync(new Uri(system.Gateway, "/oai?verb=Identify"));
        Assert.Contains("<deletedRecord>persistent</deletedRecord>", identify, StringComparison.Ordinal);
        var identifiers = await system.Http.GetStringAsync(new Uri(system.Gateway, "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc"));
        Assert.Contains("<identifier>oai:", identifiers, StringComparison.Ordinal);

        // The proxied routes answer to the gateway's access table (decision 0037): no key is a 401 problem with a
        // challenge; a hub key is refused operator paths, also one under the records catch-all route; Basic on /oai.
        await AssertProxiedAccessAsync(system, sampleId);

        // Nothing was dead-lettered on the way.
        var queues = await RabbitMqTestNode.GetQueueNamesAsync(vhost);
        Assert.Contains("catalogue-ingest", queues);
        foreach (var errorQueue in queues.Where(q => q.EndsWith("_error", StringComparison.Ordinal)))
        {
            Assert.Equal(0, await RabbitMqTestNode.GetQueueDepthAsync(vhost, errorQueue) ?? 0);
        }

        // A restarted adapter resumes from its checkpoint and carries changes and deletions made while it was down.
        await system.StopAdapterAsync();
        var changes = await system.AdvanceSimulatorAsync(ticks: 2, changes: 10);
        var deleted = changes.GetProperty("changes").EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == "BiblioDeleted")
            .Select(c => c.GetProperty("biblioId").GetInt64())
            .ToList();
        await system.StartAdapterAsync();

        Assert.NotEmpty(deleted);
        foreach (var id in deleted)
        {
            await Eventually.AssertAsync(
                async () => (await system.Http.GetAsync(new Uri(system.Gateway, $"/api/v1/records/koha-east:{id}"))).StatusCode == HttpStatusCode.Gone,
                TimeSpan.FromSeconds(60),
                $"koha-east:{id} was deleted in Koha while the adapter was down; after its restart the gateway should say 410 Gone");
        }
    }

    private static async Task AssertProxiedAccessAsync(DistributedSystem system, string sampleId)
    {
        using var anonymous = new HttpClient();
        using var noKey = await anonymous.GetAsync(new Uri(system.Gateway, "/api/v1/records?q=medicine"));
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal("application/problem+json", noKey.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", Assert.Single(noKey.Headers.WwwAuthenticate).Scheme);

        using var hub = new HttpClient();
        hub.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", system.HubKey);
        using var records = await hub.GetAsync(new Uri(system.Gateway, $"/api/v1/records/{sampleId}"));
        using var reconciliation = await hub.GetAsync(new Uri(system.Gateway, "/api/v1/ops/reconciliation/koha-east"));
        using var provenance = await hub.GetAsync(new Uri(system.Gateway, $"/api/v1/records/{sampleId}/provenance"));
        Assert.Equal(HttpStatusCode.OK, records.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconciliation.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, provenance.StatusCode);
        Assert.Contains("/problems/forbidden", await provenance.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var ownProvenance = await system.Http.GetAsync(new Uri(system.Gateway, $"/api/v1/records/{sampleId}/provenance"));
        Assert.Equal(HttpStatusCode.OK, ownProvenance.StatusCode);

        using var harvester = new HttpClient();
        harvester.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"it-hub:{system.HubKey}")));
        using var oai = await harvester.GetAsync(new Uri(system.Gateway, "/oai?verb=Identify"));
        Assert.Equal(HttpStatusCode.OK, oai.StatusCode);
        using var anonymousOai = await anonymous.GetAsync(new Uri(system.Gateway, "/oai?verb=Identify"));
        Assert.Equal(["Basic", "Bearer"], anonymousOai.Headers.WwwAuthenticate.Select(c => c.Scheme));
    }

    private static async Task<string> KohaTitleAsync(DistributedSystem system, string biblioId)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "gateway",
            ["client_secret"] = system.Secret,
        });
        using var tokenResponse = await system.Http.PostAsync(new Uri(system.Simulator, "/api/v1/oauth/token"), form);
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(system.Simulator, $"/api/v1/biblios/{biblioId}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await system.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!;
    }
}
