using Gateway.Simulators.Data.Circulation;
using Gateway.Simulators.Data.Editions;
using Gateway.Simulators.Data.Libraries;
using Gateway.Simulators.Data.Randomness;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>
/// Turns the initial states of a record's copies into Koha circulation rows: a checkout per loan, a hold per
/// allocated copy (waiting, in transit to its pickup library, in processing), transfers, and a queue of
/// title-level holds on some records none of whose copies is on the shelf. Uses a stream keyed by the record.
/// </summary>
internal static class InitialCirculation
{
    public static (SimItem[] Items, SimHold[] Holds) Apply(SimBiblio biblio, SimItem[] items, InitialState[] states, ItemContext context, DateTimeOffset anchor)
    {
        var c = context.Stream("circulation", biblio.BiblioId);
        var holds = new List<SimHold>();
        for (var i = 0; i < items.Length; i++)
        {
            var at = Between(c, biblio.CreatedAt, anchor, maxDays: 6);
            (items[i], var hold) = states[i] switch
            {
                InitialState.OnLoan => (Lend(items[i], context.Ids.NextCheckout(), Patron(c), c), null),
                InitialState.Waiting => Allocate(items[i], biblio, context, c, at, HoldStatus.Waiting),
                InitialState.Processing => Allocate(items[i], biblio, context, c, at, HoldStatus.Processing),
                InitialState.HoldInTransit => Allocate(items[i], biblio, context, c, at, HoldStatus.InTransit),
                InitialState.InTransit => (Send(items[i], context, c, at), null),
                _ => (items[i], null),
            };
            if (hold is not null)
            {
                holds.Add(hold);
            }
        }

        var noneOnShelf = items.Any(i => i.Checkout is not null || i.NotForLoanStatus < 0) && items.All(i => !i.IsAvailable);
        if (biblio.Kind == MaterialKind.Book && noneOnShelf && c.Chance(0.35))
        {
            var queued = 1 + c.Next(3);
            for (var priority = 1; priority <= queued; priority++)
            {
                var placed = Between(c, biblio.CreatedAt, anchor, maxDays: 40);
                holds.Add(new SimHold
                {
                    HoldId = context.Ids.NextHold(), PatronId = Patron(c), BiblioId = biblio.BiblioId,
                    PickupLibraryId = c.Pick(context.Libraries).Code, HoldDate = LoanRules.Day(placed), Priority = priority, Timestamp = placed,
                });
            }
        }

        return (items, [.. holds]);
    }

    /// <summary>The checkout behind an item generated as on loan (its timestamp is the loan time, checked_out_date the due day).</summary>
    public static SimItem Lend(SimItem item, int checkoutId, int patronId, Prng c) => item with
    {
        Checkout = new SimCheckout
        {
            CheckoutId = checkoutId, ItemId = item.ItemId, BiblioId = item.BiblioId, PatronId = patronId, Barcode = item.Barcode,
            LibraryId = item.HoldingLibraryId, CheckoutDate = item.Timestamp, DueDate = LoanRules.DueAt(item.CheckedOutDate!.Value),
            RenewalsCount = c.Chance(0.2) ? 1 : 0, Timestamp = item.Timestamp,
        },
    };

    public static int Patron(Prng c) => c.Next(LoanRules.FirstPatronId, LoanRules.LastPatronId);

    private static (SimItem, SimHold?) Allocate(SimItem item, SimBiblio biblio, ItemContext context, Prng c, DateTimeOffset at, string status)
    {
        var pickup = status == HoldStatus.InTransit ? context.OtherLibrary(item.HoldingLibraryId, c) : c.Pick(context.Libraries).Code;
        if (pickup is null)
        {
            (pickup, status) = (item.HoldingLibraryId, HoldStatus.Waiting);
        }

        var day = LoanRules.Day(at);
        var hold = new SimHold
        {
            HoldId = context.Ids.NextHold(), PatronId = Patron(c), BiblioId = biblio.BiblioId, ItemId = item.ItemId, PickupLibraryId = pickup,
            HoldDate = day.AddDays(-c.Next(1, 30)), Priority = 0, Status = status, Timestamp = at,
            WaitingDate = status == HoldStatus.Waiting ? day : null,
            ExpirationDate = status == HoldStatus.Waiting ? day.AddDays(LoanRules.PickupDelayDays) : null,
        };
        var placed = item with { Timestamp = at };
        return status == HoldStatus.InTransit
            ? (placed with { Transfer = Transfer(context, item.ItemId, item.HoldingLibraryId, pickup, at, TransferReasons.Reserve) }, hold)
            : (placed with { HoldingLibraryId = pickup }, hold);
    }

    private static SimItem Send(SimItem item, ItemContext context, Prng c, DateTimeOffset at)
    {
        if (context.OtherLibrary(item.HoldingLibraryId, c) is not { } to)
        {
            return item;
        }

        var reason = c.Chance(0.5) ? TransferReasons.Manual : TransferReasons.RotatingCollection;
        return item with { Timestamp = at, Transfer = Transfer(context, item.ItemId, item.HoldingLibraryId, to, at, reason) };
    }

    public static SimTransfer Transfer(ItemContext context, int itemId, string from, string to, DateTimeOffset at, string reason) => new()
    {
        TransferId = context.Ids.NextTransfer(), ItemId = itemId, FromLibraryId = from, ToLibraryId = to,
        DateRequested = at, DateSent = at, Reason = reason,
    };

    /// <summary>An instant within <paramref name="maxDays"/> days before <paramref name="end"/>, not before <paramref name="start"/>.</summary>
    private static DateTimeOffset Between(Prng c, DateTimeOffset start, DateTimeOffset end, int maxDays)
    {
        var at = end.AddSeconds(-c.NextLong(0, (maxDays * 86_400L) + 1));
        return at < start ? start : at;
    }
}
