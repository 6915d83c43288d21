using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;
using Gateway.Systems;
using MassTransit;

namespace Gateway.Adapters.Koha.Inventory;

/// <summary>
/// Answers <see cref="GetSourceInventory"/> for the enabled Koha systems: Koha's own count of biblios
/// (<c>X-Total-Count</c>) and, when asked, every biblio id (walking <c>GET /api/v1/biblios</c> in id order). A request for another vendor's system gets no answer from here. A Koha that cannot be asked is an answer with
/// its problem, not a fault.
/// </summary>
internal sealed class KohaSourceInventoryConsumer(ISystemsRegistry registry, KohaApiClient api, TimeProvider clock) : IConsumer<GetSourceInventory>
{
    private const int PageSize = 500;

    public async Task Consume(ConsumeContext<GetSourceInventory> context)
    {
        var request = context.Message;
        if (registry.Find(request.SystemId) is not { Vendor: Vendors.Koha, Enabled: true } system)
        {
            return;
        }

        var asOf = clock.GetUtcNow();
        try
        {
            var count = await api.CountBibliosAsync(system, context.CancellationToken);
            var ids = request.IncludeIds ? await ListIdsAsync(system, context.CancellationToken) : null;
            await context.RespondAsync(new SourceInventory { SystemId = system.Id, RecordCount = count ?? ids?.Count, AsOf = asOf, RecordIds = ids });
        }
        catch (Exception e) when (e is KohaApiException or HttpRequestException or TaskCanceledException && !context.CancellationToken.IsCancellationRequested)
        {
            await context.RespondAsync(new SourceInventory { SystemId = system.Id, AsOf = asOf, Problem = $"Koha could not be asked: {e.Message}" });
        }
    }

    private async Task<List<string>> ListIdsAsync(RegionalSystem system, CancellationToken ct)
    {
        var ids = new List<string>();
        var after = 0L;
        while (true)
        {
            var keys = await api.ListByIdAsync(system, after, PageSize, ct);
            if (keys.Count == 0)
            {
                return ids;
            }

            ids.AddRange(keys.Select(k => k.BiblioId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            after = keys[^1].BiblioId;
        }
    }
}
