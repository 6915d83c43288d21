using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Circulation;

namespace Gateway.Simulators.Koha.Representations;

/// <summary>
/// The <c>_status</c> embed of an item (Koha::Item::_status, Koha 24.05+; strings inferred from Koha's code, not
/// in the spec bundle): checked_out or in_transit, then lost, withdrawn, damaged, not_for_loan, then the first
/// hold on the copy (in_processing, waiting, in_transit or on_hold), else available. Repeats are dropped.
/// </summary>
internal static class ItemStatus
{
    public static IReadOnlyList<string> Of(SimItem item, SimHold? firstHold)
    {
        var statuses = new List<string>();
        if (item.Checkout is not null)
        {
            statuses.Add("checked_out");
        }
        else if (item.Transfer is not null)
        {
            statuses.Add("in_transit");
        }

        if (item.LostStatus != 0)
        {
            statuses.Add("lost");
        }

        if (item.Withdrawn != 0)
        {
            statuses.Add("withdrawn");
        }

        if (item.DamagedStatus != 0)
        {
            statuses.Add("damaged");
        }

        if (item.NotForLoanStatus != 0)
        {
            statuses.Add("not_for_loan");
        }

        if (firstHold is not null)
        {
            statuses.Add(firstHold.Status switch
            {
                HoldStatus.Processing => "in_processing",
                HoldStatus.Waiting => "waiting",
                HoldStatus.InTransit => "in_transit",
                _ => "on_hold",
            });
        }

        return statuses.Count == 0 ? ["available"] : [.. statuses.Distinct()];
    }

    /// <summary>The hold the copy is allocated to (waiting, in transit, processing), else an item-level hold queued for it.</summary>
    public static SimHold? FirstHold(SimItem item, SimBiblio? biblio) =>
        biblio?.Holds.Where(h => h.ItemId == item.ItemId).OrderBy(h => h.IsQueued).ThenBy(h => h.Priority).FirstOrDefault();
}
