using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Changes;
using Gateway.Simulators.Koha.Webhooks;

namespace Gateway.Simulators.Koha.State;

/// <summary>Applies change ticks (timer or /_sim/advance) and item deletions, and hands what changed to the webhook log.</summary>
internal sealed class ChangeRunner(SystemCatalogue catalogue, WebhookLog webhooks)
{
    public IReadOnlyList<CatalogueChange> Advance(DateTimeOffset now, int changes)
    {
        var applied = catalogue.Advance(now, changes);
        webhooks.Record(applied);
        return applied;
    }

    /// <summary>Deletes one live item now; null when there is none.</summary>
    public CatalogueChange? DeleteItem(int itemId, DateTimeOffset now)
    {
        if (catalogue.DeleteItem(itemId, now) is not { } change)
        {
            return null;
        }

        webhooks.Record([change]);
        return change;
    }
}
