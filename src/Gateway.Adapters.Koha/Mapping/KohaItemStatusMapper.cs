using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;

namespace Gateway.Adapters.Koha.Mapping;

/// <summary>
/// Koha item fields → one documented status. First match wins, most restrictive first, so an item is never shown as
/// available while any Koha field says otherwise:
/// <list type="number">
/// <item>withdrawn ≠ 0 → <c>unavailable</c> (<c>withdrawn:n</c>)</item>
/// <item>lost_status ≠ 0 → <c>lost</c> (<c>lost:n</c>)</item>
/// <item>checked_out_date set → <c>on-loan</c> with that due date (Koha's default due time 23:59 UK time)</item>
/// <item>caught by a hold: status W → <c>on-hold-shelf</c>, T → <c>in-transit</c> (to the pickup library) — held for
/// someone else, so never available</item>
/// <item>an active transfer not caused by a hold (only seen when the item carries Koha's <c>transfer</c> embed, as
/// live availability asks for it) → <c>in-transit</c> (<c>transfer:{reason}</c>)</item>
/// <item>damaged_status ≠ 0 → <c>unavailable</c> (<c>damaged:n</c>)</item>
/// <item>not_for_loan_status &gt; 0 → <c>reference-only</c> (<c>notforloan:n</c>); &lt; 0 (e.g. on order) → <c>unavailable</c></item>
/// <item>otherwise → <c>available</c></item>
/// </list>
/// Transfers between branches that no hold caused are not seen through Koha's REST <c>/items</c> (its embeds do not
/// include <c>transfer</c>), so the harvested status of such an item is its other fields' status until it arrives;
/// live availability reads <c>/biblios/{id}/items</c> with the <c>transfer</c> embed and shows it in transit.
/// </summary>
internal static class KohaItemStatusMapper
{
    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static ItemState Map(KohaItem item, KohaShelvedHold? hold = null)
    {
        if (item.Withdrawn != 0)
        {
            return new(ItemStatuses.Unavailable, $"withdrawn:{item.Withdrawn}", null);
        }

        if (item.LostStatus != 0)
        {
            return new(ItemStatuses.Lost, $"lost:{item.LostStatus}", null);
        }

        if (item.CheckedOutDate is { } due)
        {
            return new(ItemStatuses.OnLoan, "onloan", EndOfDayInUk(due));
        }

        if (hold?.Status == "W")
        {
            return new(ItemStatuses.OnHoldShelf, "hold:W", null);
        }

        if (hold?.Status == "T")
        {
            return new(ItemStatuses.InTransit, "hold:T", null);
        }

        if (item.Transfer is { IsActive: true } transfer)
        {
            return new(ItemStatuses.InTransit, $"transfer:{transfer.Reason ?? "unknown"}", null);
        }

        if (item.DamagedStatus != 0)
        {
            return new(ItemStatuses.Unavailable, $"damaged:{item.DamagedStatus}", null);
        }

        return item.NotForLoanStatus switch
        {
            > 0 => new(ItemStatuses.ReferenceOnly, $"notforloan:{item.NotForLoanStatus}", null),
            < 0 => new(ItemStatuses.Unavailable, $"notforloan:{item.NotForLoanStatus}", null),
            _ => new(ItemStatuses.Available, null, null),
        };
    }

    private static DateTimeOffset EndOfDayInUk(DateOnly due)
    {
        var local = due.ToDateTime(new TimeOnly(23, 59));
        return new DateTimeOffset(local, UkTime.GetUtcOffset(local)).ToUniversalTime();
    }
}
