using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Circulation;
using Gateway.Simulators.Data.Libraries;

namespace Gateway.Simulators.Koha.Tests.Generator;

public sealed class CirculationGeneratorTests
{
    [Fact]
    public void Circulation_stays_consistent_through_many_ticks_and_the_orders_stay_sorted()
    {
        var catalogue = SystemCatalogue.Create(new CatalogueOptions { SystemId = "koha-east", Seed = 11, RecordCount = 1500 });
        var start = new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);
        for (var tick = 0; tick < 60; tick++)
        {
            catalogue.Advance(start.AddMinutes(tick), 40);
        }

        var snapshot = catalogue.Current;
        foreach (var biblio in snapshot.Biblios)
        {
            var queued = biblio.Holds.Where(h => h.IsQueued).Select(h => h.Priority).Order().ToList();
            Assert.Equal(Enumerable.Range(1, queued.Count), queued);
            foreach (var hold in biblio.Holds.Where(h => !h.IsQueued))
            {
                var item = Assert.Single(biblio.Items, i => i.ItemId == hold.ItemId);
                Assert.Null(item.Checkout);
                Assert.Equal(0, hold.Priority);
                if (hold.Status == HoldStatus.InTransit)
                {
                    Assert.Equal(hold.PickupLibraryId, item.Transfer?.ToLibraryId);
                }
                else
                {
                    Assert.Equal(hold.PickupLibraryId, item.HoldingLibraryId);
                }
            }

            Assert.All(biblio.Items, i => Assert.Equal(i.Checkout is null, i.CheckedOutDate is null));
            Assert.All(biblio.Items.Where(i => i.Checkout is not null), i => Assert.Equal(DateOnly.FromDateTime(i.Checkout!.DueDate.UtcDateTime), i.CheckedOutDate));
            Assert.All(biblio.Items, i => Assert.Same(i, snapshot.FindItem(i.ItemId)));
        }

        AssertSorted(snapshot.BibliosByTimestamp.Select(b => (b.Timestamp, b.BiblioId)).ToList());
        AssertSorted(snapshot.ItemsByTimestamp.Select(i => (i.Timestamp, i.ItemId)).ToList());
        Assert.Equal(snapshot.Biblios.Select(b => b.BiblioId).Order(), snapshot.BibliosByTimestamp.Select(b => b.BiblioId).Order());
        Assert.Equal(snapshot.Items.Select(i => i.ItemId), snapshot.ItemsByTimestamp.Select(i => i.ItemId).Order());
        Assert.NotEmpty(snapshot.OldHolds);
        Assert.Contains(snapshot.OldHolds, h => h.Status == HoldStatus.Filled);
        Assert.Contains(snapshot.OldHolds, h => h.CancellationReason == "EXPIRED");
        Assert.All(snapshot.ReturnedCheckouts, c => Assert.NotNull(c.CheckinDate));
    }

    [Fact]
    public void Items_use_their_librarys_locations_and_collections()
    {
        var catalogue = SystemCatalogue.Create(new CatalogueOptions { SystemId = "koha-london", Seed = 42, RecordCount = 1000 });
        var shelving = catalogue.Shelving.ToDictionary(s => s.LibraryId);
        Assert.Equal(["BARTS", "GSTT", "IMPERIAL"], shelving.Keys);
        Assert.NotEqual(shelving["BARTS"].Collections, shelving["GSTT"].Collections);
        var items = catalogue.Current.Items;
        Assert.All(items, i => Assert.Contains(i.Location, shelving[i.HomeLibraryId].Locations));
        Assert.All(items, i => Assert.Contains(i.CollectionCode!, shelving[i.HomeLibraryId].Collections));
        Assert.Contains(items, i => i.Location == "GSTT-SAT");
        var locations = ShelvingCodes.Category("LOC", catalogue.Libraries)!;
        Assert.Contains(locations, v => v.Value == "GSTT-SAT" && v.LibraryId == "GSTT");
        Assert.Contains(ShelvingCodes.Category("NOT_LOAN", catalogue.Libraries)!, v => v.Value == "-1" && v.Description == "Ordered");
    }

    private static void AssertSorted(List<(DateTimeOffset Timestamp, int Id)> rows)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.True(rows[i - 1].Timestamp < rows[i].Timestamp || (rows[i - 1].Timestamp == rows[i].Timestamp && rows[i - 1].Id < rows[i].Id),
                $"row {i} out of order");
        }
    }
}
