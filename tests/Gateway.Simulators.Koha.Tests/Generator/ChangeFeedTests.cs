using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Changes;

namespace Gateway.Simulators.Koha.Tests.Generator;

public sealed class ChangeFeedTests
{
    [Fact]
    public void Advance_updates_adds_deletes_and_changes_items_with_second_granularity()
    {
        var catalogue = SystemCatalogue.Create(new CatalogueOptions { SystemId = "koha-east", Seed = 3, RecordCount = 400 });
        var before = catalogue.Current;
        var now = new DateTimeOffset(2026, 7, 1, 9, 30, 15, 678, TimeSpan.Zero);
        var changes = catalogue.Advance(now, 200);
        var after = catalogue.Current;

        Assert.Equal(1, after.Tick);
        Assert.All(changes, c => Assert.Equal(new DateTimeOffset(2026, 7, 1, 9, 30, 15, TimeSpan.Zero), c.Timestamp));
        Assert.Equal([ChangeKind.BiblioUpdated, ChangeKind.BiblioAdded, ChangeKind.BiblioDeleted, ChangeKind.ItemStatusChanged, ChangeKind.HoldPlaced],
            changes.Select(c => c.Kind).Distinct().Order());
        foreach (var deleted in changes.Where(c => c.Kind == ChangeKind.BiblioDeleted))
        {
            Assert.Null(after.Find(deleted.BiblioId));
            Assert.Equal(now.AddTicks(-now.Ticks % TimeSpan.TicksPerSecond), after.FindDeleted(deleted.BiblioId)!.DeletedAt);
        }

        foreach (var updated in changes.Where(c => c.Kind == ChangeKind.BiblioUpdated).Select(c => c.BiblioId).Distinct())
        {
            if (after.Find(updated) is { } record && before.Find(updated) is not null)
            {
                Assert.True(record.Timestamp > before.Find(updated)!.Timestamp);
                Assert.True(record.Revision > 0);
            }
        }

        Assert.All(changes.Where(c => c.Kind == ChangeKind.BiblioAdded), c => Assert.True(c.BiblioId > 400));
        Assert.NotSame(before, after);
        Assert.Equal(400, before.Biblios.Count);
    }

    [Fact]
    public void Timestamps_never_go_backwards_even_if_the_clock_does()
    {
        var catalogue = SystemCatalogue.Create(new CatalogueOptions { SystemId = "koha-east", Seed = 3, RecordCount = 100 });
        var latest = catalogue.Current.Biblios.Max(b => b.Timestamp);
        var changes = catalogue.Advance(new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero), 10);
        Assert.All(changes, c => Assert.Equal(latest, c.Timestamp));
    }
}
