using Gateway.Availability.Answers;
using Gateway.Availability.Caching;
using Gateway.Contracts;

namespace Gateway.Availability.Tests;

public sealed class LibrarySummariserTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_available_item_makes_the_library_available_and_counts_every_status()
    {
        var summary = LibrarySummariser.Summarise([Item("1", ItemStatuses.OnLoan, due: T0.AddDays(3)), Item("2", ItemStatuses.Available, location: "STACKS"), Item("3", ItemStatuses.OnLoan, due: T0.AddDays(1))]);

        Assert.Equal(ItemStatuses.Available, summary.Status);
        Assert.Equal(3, summary.ItemCount);
        Assert.Equal(2, summary.Counts[ItemStatuses.OnLoan]);
        Assert.Equal(1, summary.Counts[ItemStatuses.Available]);
        Assert.Equal(T0.AddDays(1), summary.NextDue);
        Assert.Equal("STACKS", summary.Location);
    }

    [Theory]
    [InlineData(ItemStatuses.OnHoldShelf)]
    [InlineData(ItemStatuses.InTransit)]
    [InlineData(ItemStatuses.Unavailable)]
    [InlineData(ItemStatuses.ReferenceOnly)]
    [InlineData(ItemStatuses.Lost)]
    public void Items_held_for_others_travelling_damaged_or_not_for_loan_never_make_a_library_available(string status)
    {
        var summary = LibrarySummariser.Summarise([Item("1", status), Item("2", status)]);

        Assert.Equal(status, summary.Status);
        Assert.False(summary.Counts.ContainsKey(ItemStatuses.Available));
    }

    [Fact]
    public void An_unmapped_item_makes_an_otherwise_unavailable_library_unknown_and_keeps_the_vendor_codes()
    {
        var summary = LibrarySummariser.Summarise([Item("1", ItemStatuses.OnLoan, due: T0), Item("2", ItemStatuses.Unknown, vendor: "notforloan:7"), Item("3", ItemStatuses.Unknown, vendor: "notforloan:7")]);

        Assert.Equal(ItemStatuses.Unknown, summary.Status);
        Assert.Equal(["notforloan:7"], summary.UnknownVendorStatuses);
    }

    [Fact]
    public void On_loan_is_preferred_to_in_transit_and_hold_shelf_with_the_earliest_due_date()
    {
        var summary = LibrarySummariser.Summarise([Item("1", ItemStatuses.OnHoldShelf), Item("2", ItemStatuses.InTransit), Item("3", ItemStatuses.OnLoan, due: T0.AddDays(9)), Item("4", ItemStatuses.OnLoan, due: T0.AddDays(2))]);

        Assert.Equal(ItemStatuses.OnLoan, summary.Status);
        Assert.Equal(T0.AddDays(2), summary.NextDue);
    }

    [Fact]
    public void A_journal_run_of_thousands_of_items_is_one_summary_as_old_as_its_oldest_item()
    {
        var items = Enumerable.Range(1, 5000)
            .Select(i => Item(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i % 10 == 0 ? ItemStatuses.OnLoan : ItemStatuses.ReferenceOnly, due: T0.AddDays(i), asOf: T0.AddSeconds(-i)))
            .ToList();

        var summary = LibrarySummariser.Summarise(items);

        Assert.Equal(5000, summary.ItemCount);
        Assert.Equal(500, summary.Counts[ItemStatuses.OnLoan]);
        Assert.Equal(4500, summary.Counts[ItemStatuses.ReferenceOnly]);
        Assert.Equal(ItemStatuses.ReferenceOnly, summary.Status);
        Assert.Equal(T0.AddDays(10), summary.NextDue);
        Assert.Equal(T0.AddSeconds(-5000), summary.AsOf);
        Assert.Equal("CN 1", summary.CallNumber);
    }

    [Fact]
    public void No_items_is_unknown() =>
        Assert.Equal(ItemStatuses.Unknown, LibrarySummariser.Summarise([]).Status);

    private static CachedItem Item(string id, string status, DateTimeOffset? due = null, string? vendor = null, string? location = null, DateTimeOffset? asOf = null) =>
        new(id, "ADD", "ADD", location, $"CN {id}", status, vendor, status == ItemStatuses.OnLoan ? due : null, asOf ?? T0);
}
