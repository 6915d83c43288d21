using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Randomness;

namespace Gateway.Simulators.Data.Changes;

/// <summary>Plausible item status transitions: loans and returns mostly, sometimes lost, found, damaged or withdrawn.</summary>
internal static class ItemTransitions
{
    public static (SimItem Item, string Detail) Apply(SimItem item, DateTimeOffset at, Prng r)
    {
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        if (item.CheckedOutDate is not null)
        {
            return (item with { CheckedOutDate = null, LastCheckoutDate = today }, "checked in");
        }

        if (item.LostStatus != 0)
        {
            return (item with { LostStatus = 0, LostDate = null }, "found");
        }

        return r.Next(10) switch
        {
            < 7 when item.NotForLoanStatus == 0 && item.Withdrawn == 0 => (item with
            {
                CheckedOutDate = today.AddDays(r.Next(14, 29)), CheckoutsCount = item.CheckoutsCount + 1,
            }, "checked out"),
            7 => (item with { LostStatus = 1, LostDate = at }, "lost"),
            8 => item.DamagedStatus == 0
                ? (item with { DamagedStatus = 1, DamagedDate = at }, "damaged")
                : (item with { DamagedStatus = 0, DamagedDate = null }, "repaired"),
            _ => item.Withdrawn == 0
                ? (item with { Withdrawn = 1, WithdrawnDate = at }, "withdrawn")
                : (item with { Withdrawn = 0, WithdrawnDate = null }, "reinstated"),
        };
    }
}
