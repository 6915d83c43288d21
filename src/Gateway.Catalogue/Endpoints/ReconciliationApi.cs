using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using Gateway.Systems;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Endpoints;

/// <summary>
/// <c>GET /api/v1/ops/reconciliation[/{systemId}]</c>: per system, the vendor's count of records (asked through its
/// adapter over the bus), the catalogue's and OAI-PMH's, and on request the differing ids. For operators.
/// </summary>
internal static class ReconciliationApi
{
    /// <summary>At most this many ids are listed per difference.</summary>
    public const int MaxIdsListed = 1000;

    private static readonly TimeSpan CountTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan IdsTimeout = TimeSpan.FromSeconds(120);

    public static IEndpointRouteBuilder MapReconciliationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/ops/reconciliation").WithTags("Operations");
        group.MapGet("/", AllAsync)
            .WithName("ReconcileAllSystems")
            .WithSummary("For every enabled system: the vendor's record count, the catalogue's and OAI-PMH's, side by side.");
        group.MapGet("/{systemId}", OneAsync)
            .WithName("ReconcileSystem")
            .WithSummary("One system's counts; with ids=true also the ids that differ (the vendor's catalogue is walked: slow on a large one).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SystemReconciliation>>> AllAsync(CatalogueDbContext db, ISystemsRegistry registry, IBus bus, CancellationToken ct)
    {
        var systems = registry.All.Where(s => s.Enabled).ToList();
        var inventories = await Task.WhenAll(systems.Select(s => AskAsync(bus, s.Id, includeIds: false, ct)));
        var results = new List<SystemReconciliation>();
        for (var i = 0; i < systems.Count; i++)
        {
            results.Add(await ReconcileAsync(db, systems[i].Id, inventories[i], includeIds: false, ct));
        }

        return TypedResults.Ok<IReadOnlyList<SystemReconciliation>>(results);
    }

    private static async Task<Results<Ok<SystemReconciliation>, ProblemHttpResult>> OneAsync(
        CatalogueDbContext db, ISystemsRegistry registry, IBus bus, string systemId, bool? ids, CancellationToken ct)
    {
        if (registry.Find(systemId) is null)
        {
            return Problems.NotFound($"No system '{systemId}' in the registry.");
        }

        var inventory = await AskAsync(bus, systemId, ids == true, ct);
        return TypedResults.Ok(await ReconcileAsync(db, systemId, inventory, ids == true, ct));
    }

    private static async Task<(VendorInventory Vendor, IReadOnlyList<string>? Ids)> AskAsync(IBus bus, string systemId, bool includeIds, CancellationToken ct)
    {
        var client = bus.CreateRequestClient<GetSourceInventory>(RequestTimeout.After(ms: (int)(includeIds ? IdsTimeout : CountTimeout).TotalMilliseconds));
        try
        {
            var response = await client.GetResponse<SourceInventory>(new GetSourceInventory { SystemId = systemId, IncludeIds = includeIds }, ct);
            var answer = response.Message;
            return answer.Problem is null && answer.RecordCount is not null
                ? (new VendorInventory("ok", answer.RecordCount, answer.AsOf, null), answer.RecordIds)
                : (new VendorInventory("error", null, answer.AsOf, answer.Problem ?? "the vendor gave no count"), null);
        }
        catch (RequestTimeoutException)
        {
            return (new VendorInventory("no-answer", null, null, $"no adapter answered for {systemId} within {(includeIds ? IdsTimeout : CountTimeout).TotalSeconds:0} s"), null);
        }
    }

    private static async Task<SystemReconciliation> ReconcileAsync(
        CatalogueDbContext db, string systemId, (VendorInventory Vendor, IReadOnlyList<string>? Ids) inventory, bool includeIds, CancellationToken ct)
    {
        var prefix = systemId + ":";
        // One snapshot for every count, so a load in progress cannot make them disagree among themselves.
        await using var snapshot = await ReadSnapshot.BeginAsync(db, ct);
        var catalogue = await db.SourceRecords.LongCountAsync(r => r.SystemId == systemId && !r.IsDeleted, ct);
        var clustered = await db.ClusterMemberships.LongCountAsync(m => m.SourceId.StartsWith(prefix), ct);
        var setSpec = "system:" + systemId;
        var oai = await db.ClusterSets.Where(s => s.SetSpec == setSpec)
            .Join(db.Clusters.Where(c => !c.IsDeleted), s => s.ClusterId, c => c.Id, (s, c) => c.Id).LongCountAsync(ct);
        var inSync = inventory.Vendor.Records is { } vendor && vendor == catalogue && catalogue == clustered;

        ReconciliationDifferences? differences = null;
        if (includeIds && inventory.Ids is { } vendorIds)
        {
            var live = (await db.SourceRecords.Where(r => r.SystemId == systemId && !r.IsDeleted).Select(r => r.VendorRecordId).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            var members = (await db.ClusterMemberships.Where(m => m.SourceId.StartsWith(prefix)).Select(m => m.SourceId).ToListAsync(ct))
                .Select(id => id[prefix.Length..]).ToHashSet(StringComparer.Ordinal);
            var atVendor = vendorIds.ToHashSet(StringComparer.Ordinal);
            var missing = atVendor.Where(id => !live.Contains(id)).Order(StringComparer.Ordinal).ToList();
            var notAtVendor = live.Where(id => !atVendor.Contains(id)).Order(StringComparer.Ordinal).ToList();
            var notClustered = live.Where(id => !members.Contains(id)).Order(StringComparer.Ordinal).ToList();
            differences = new ReconciliationDifferences(
                [.. missing.Take(MaxIdsListed)], [.. notAtVendor.Take(MaxIdsListed)], [.. notClustered.Take(MaxIdsListed)],
                missing.Count > MaxIdsListed || notAtVendor.Count > MaxIdsListed || notClustered.Count > MaxIdsListed);
        }

        return new SystemReconciliation(systemId, inventory.Vendor, catalogue, clustered, oai, inSync, differences);
    }
}
