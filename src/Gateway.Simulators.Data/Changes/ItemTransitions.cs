using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Circulation;
using Gateway.Simulators.Data.Randomness;

namespace Gateway.Simulators.Data.Changes;

/// <summary>
/// Plausible circulation on one copy, as Koha would record it: loans, renewals and returns (a return traps the
/// next queued hold or sends the copy home), transfers arriving, waiting holds collected or expiring, holds
/// processed, copies received from order, lost and found, damaged and repaired, withdrawn and reinstated.
/// Every step changes the item row (so its timestamp), never the record's timestamp.
/// </summary>
internal sealed class ItemTransitions(ItemContext context, DateTimeOffset at, Prng r, List<SimHold> closedHolds, List<SimCheckout> returned)
{
    private readonly DateOnly _today = LoanRules.Day(at);

    /// <summary>Applies one step to the copy at <paramref name="index"/>; returns the record (items and holds replaced), the copy and what happened.</summary>
    public (SimBiblio Biblio, SimItem Item, string Detail) Apply(SimBiblio biblio, int index)
    {
        var items = biblio.Items.ToArray();
        var holds = biblio.Holds.ToList();
        var item = items[index];
        var allocated = holds.Find(h => h.ItemId == item.ItemId && h.Status is not null);
        (item, var detail) = (item, allocated) switch
        {
            ({ Checkout: { } loan }, _) => OnLoan(item, loan, holds),
            ({ Transfer: { } transfer }, _) => Arrive(item, transfer, allocated, holds),
            (_, { Status: HoldStatus.Waiting }) => WaitingHold(item, allocated!, holds),
            (_, { Status: HoldStatus.Processing or HoldStatus.InTransit }) => (item, Replace(holds, allocated!, Waiting(allocated!, item.HoldingLibraryId), "hold processed")),
            ({ LostStatus: not 0 }, _) => (item with { LostStatus = 0, LostDate = null }, "found"),
            ({ NotForLoanStatus: < 0 }, _) => Trap(item with { NotForLoanStatus = 0 }, item.HoldingLibraryId, holds, "received"),
            _ => OnShelf(item, holds),
        };
        items[index] = item with { Timestamp = at };
        return (biblio with { Items = items, Holds = [.. holds.OrderBy(h => h.HoldId)] }, items[index], detail);
    }

    /// <summary>A title-level hold joins the end of the record's queue (no item row changes).</summary>
    public SimBiblio PlaceHold(SimBiblio biblio)
    {
        var last = biblio.Holds.Where(h => h.IsQueued).Select(h => h.Priority).DefaultIfEmpty(0).Max();
        var hold = new SimHold
        {
            HoldId = context.Ids.NextHold(), PatronId = InitialCirculation.Patron(r), BiblioId = biblio.BiblioId,
            PickupLibraryId = r.Pick(context.Libraries).Code, HoldDate = _today, Priority = last + 1, Timestamp = at,
        };
        return biblio with { Holds = [.. biblio.Holds, hold] };
    }

    private (SimItem, string) OnLoan(SimItem item, SimCheckout loan, List<SimHold> holds)
    {
        var roll = r.Next(20);
        if (roll < 3)
        {
            var due = _today.AddDays(LoanRules.LoanDays(item.ItemTypeId, r.Next(15)));
            var renewed = loan with { DueDate = LoanRules.DueAt(due), RenewalsCount = loan.RenewalsCount + 1, LastRenewedDate = at, Timestamp = at };
            return (item with { CheckedOutDate = due, Checkout = renewed }, "renewed");
        }

        if (roll == 3)
        {
            returned.Add(loan with { CheckinDate = at, CheckinLibraryId = item.HoldingLibraryId, Timestamp = at });
            return (item with { CheckedOutDate = null, Checkout = null, LostStatus = 2, LostDate = at }, "lost (long overdue)");
        }

        var library = r.Chance(0.8) ? item.HomeLibraryId : r.Pick(context.Libraries).Code;
        returned.Add(loan with { CheckinDate = at, CheckinLibraryId = library, Timestamp = at });
        return Trap(item with { CheckedOutDate = null, Checkout = null, HoldingLibraryId = library }, library, holds, "checked in");
    }

    private (SimItem, string) Arrive(SimItem item, SimTransfer transfer, SimHold? allocated, List<SimHold> holds)
    {
        var arrived = item with { Transfer = null, HoldingLibraryId = transfer.ToLibraryId };
        if (allocated is { Status: HoldStatus.InTransit })
        {
            return (arrived, Replace(holds, allocated, Waiting(allocated, transfer.ToLibraryId), "arrived for a hold"));
        }

        return transfer.Reason == TransferReasons.ReturnToHome ? (arrived, "arrived home") : Trap(arrived, transfer.ToLibraryId, holds, "transfer arrived");
    }

    private (SimItem, string) WaitingHold(SimItem item, SimHold waiting, List<SimHold> holds)
    {
        holds.Remove(waiting);
        if (r.Chance(0.7))
        {
            closedHolds.Add(waiting with { Status = HoldStatus.Filled, Timestamp = at });
            return (Lend(item, waiting.PatronId), "hold collected");
        }

        closedHolds.Add(waiting with { CancellationDate = _today, CancellationReason = "EXPIRED", Timestamp = at });
        return Trap(item, item.HoldingLibraryId, holds, "hold expired");
    }

    private (SimItem, string) OnShelf(SimItem item, List<SimHold> holds)
    {
        var loanable = item.NotForLoanStatus == 0 && item.Withdrawn == 0;
        return r.Next(10) switch
        {
            < 6 when loanable => (Lend(item, FillFirstQueued(holds)), "checked out"),
            6 when loanable && context.OtherLibrary(item.HoldingLibraryId, r) is { } to => (item with
            {
                Transfer = InitialCirculation.Transfer(context, item.ItemId, item.HoldingLibraryId, to, at, r.Chance(0.5) ? TransferReasons.Manual : TransferReasons.RotatingCollection),
            }, "transfer sent"),
            7 => (item with { LostStatus = 1, LostDate = at }, "lost"),
            8 => item.DamagedStatus == 0
                ? (item with { DamagedStatus = 1, DamagedDate = at }, "damaged")
                : (item with { DamagedStatus = 0, DamagedDate = null }, "repaired"),
            _ => item.Withdrawn == 0
                ? (item with { Withdrawn = 1, WithdrawnDate = at }, "withdrawn")
                : (item with { Withdrawn = 0, WithdrawnDate = null }, "reinstated"),
        };
    }

    /// <summary>
    /// A copy back on a library's shelf: the first queued hold takes it (waiting there, or in transit to its pickup
    /// library); otherwise a copy away from home goes home (AutomaticItemReturn).
    /// </summary>
    private (SimItem, string) Trap(SimItem item, string library, List<SimHold> holds, string detail)
    {
        var holdable = item.NotForLoanStatus <= 0 && item.LostStatus == 0 && item.Withdrawn == 0 && item.DamagedStatus == 0;
        if (holdable && holds.Where(h => h.IsQueued).OrderBy(h => h.Priority).FirstOrDefault() is { } next)
        {
            Dequeue(holds, next);
            if (next.PickupLibraryId == library)
            {
                var trapped = r.Chance(0.1) ? next with { Status = HoldStatus.Processing, ItemId = item.ItemId, Priority = 0, Timestamp = at } : Waiting(next with { ItemId = item.ItemId }, library);
                holds.Add(trapped);
                return (item, detail + ", hold trapped");
            }

            holds.Add(next with { Status = HoldStatus.InTransit, ItemId = item.ItemId, Priority = 0, Timestamp = at });
            return (item with { Transfer = InitialCirculation.Transfer(context, item.ItemId, library, next.PickupLibraryId, at, TransferReasons.Reserve) },
                detail + ", in transit for a hold");
        }

        if (library != item.HomeLibraryId)
        {
            return (item with { Transfer = InitialCirculation.Transfer(context, item.ItemId, library, item.HomeLibraryId, at, TransferReasons.ReturnToHome) },
                detail + ", returning home");
        }

        return (item, detail);
    }

    private SimHold Waiting(SimHold hold, string library) => hold with
    {
        Status = HoldStatus.Waiting, Priority = 0, PickupLibraryId = library, WaitingDate = _today,
        ExpirationDate = _today.AddDays(LoanRules.PickupDelayDays), Timestamp = at,
    };

    private static string Replace(List<SimHold> holds, SimHold old, SimHold updated, string detail)
    {
        holds.Remove(old);
        holds.Add(updated);
        return detail;
    }

    /// <summary>A patron borrowing from the shelf fills the first queued hold if there is one (its patron borrows).</summary>
    private int FillFirstQueued(List<SimHold> holds)
    {
        if (holds.Where(h => h.IsQueued).OrderBy(h => h.Priority).FirstOrDefault() is not { } first)
        {
            return InitialCirculation.Patron(r);
        }

        Dequeue(holds, first);
        closedHolds.Add(first with { Status = HoldStatus.Filled, Priority = 0, Timestamp = at });
        return first.PatronId;
    }

    private void Dequeue(List<SimHold> holds, SimHold hold)
    {
        holds.Remove(hold);
        for (var i = 0; i < holds.Count; i++)
        {
            if (holds[i].IsQueued && holds[i].Priority > hold.Priority)
            {
                holds[i] = holds[i] with { Priority = holds[i].Priority - 1, Timestamp = at };
            }
        }
    }

    private SimItem Lend(SimItem item, int patronId)
    {
        var due = _today.AddDays(LoanRules.LoanDays(item.ItemTypeId, r.Next(15)));
        var loan = new SimCheckout
        {
            CheckoutId = context.Ids.NextCheckout(), ItemId = item.ItemId, BiblioId = item.BiblioId, PatronId = patronId, Barcode = item.Barcode,
            LibraryId = item.HoldingLibraryId, CheckoutDate = at, DueDate = LoanRules.DueAt(due), Timestamp = at,
        };
        return item with { CheckedOutDate = due, LastCheckoutDate = _today, CheckoutsCount = item.CheckoutsCount + 1, Checkout = loan };
    }
}
