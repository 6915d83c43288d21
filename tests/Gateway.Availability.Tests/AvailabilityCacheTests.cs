using Gateway.Availability.Caching;
using Gateway.Availability.Options;
using Gateway.Contracts;

namespace Gateway.Availability.Tests;

public sealed class AvailabilityCacheTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private readonly AvailabilityCache _cache = new(Microsoft.Extensions.Options.Options.Create(new AvailabilityOptions()));

    [Fact]
    public void A_live_answer_is_complete_and_as_old_as_it_was_read()
    {
        _cache.PutLive("koha-east", "1", T0, [Item("11", ItemStatuses.Available, T0), Item("12", ItemStatuses.OnLoan, T0)]);

        var record = _cache.Get("koha-east", "1")!;

        Assert.True(record.Complete);
        Assert.Equal(T0, record.AsOf);
        Assert.Equal(2, record.Items.Count);
    }

    [Fact]
    public void A_newer_event_changes_one_item_and_keeps_its_shelf_details()
    {
        _cache.PutLive("koha-east", "1", T0, [Item("11", ItemStatuses.Available, T0)]);

        Assert.True(_cache.Apply(Changed("11", ItemStatuses.OnLoan, T0.AddMinutes(1), due: T0.AddDays(14))));

        var item = _cache.Get("koha-east", "1")!.Items["11"];
        Assert.Equal(ItemStatuses.OnLoan, item.Status);
        Assert.Equal(T0.AddDays(14), item.DueDate);
        Assert.Equal(T0.AddMinutes(1), item.AsOf);
        Assert.Equal("CN 11", item.CallNumber);
        Assert.True(_cache.Get("koha-east", "1")!.Complete);
    }

    [Fact]
    public void An_older_or_repeated_event_changes_nothing()
    {
        _cache.PutLive("koha-east", "1", T0, [Item("11", ItemStatuses.Available, T0)]);

        Assert.False(_cache.Apply(Changed("11", ItemStatuses.Lost, T0.AddMinutes(-5))));
        Assert.True(_cache.Apply(Changed("11", ItemStatuses.OnLoan, T0.AddMinutes(1))));
        Assert.False(_cache.Apply(Changed("11", ItemStatuses.OnLoan, T0.AddMinutes(1))));

        Assert.Equal(ItemStatuses.OnLoan, _cache.Get("koha-east", "1")!.Items["11"].Status);
    }

    [Fact]
    public void Events_alone_make_an_incomplete_record()
    {
        _cache.Apply(Changed("11", ItemStatuses.Available, T0));

        var record = _cache.Get("koha-east", "1")!;
        Assert.False(record.Complete);
        Assert.Single(record.Items);
    }

    [Fact]
    public void An_event_with_an_undocumented_status_is_cached_as_unknown_with_its_value_kept()
    {
        _cache.Apply(Changed("11", "on-the-moon", T0));

        var item = _cache.Get("koha-east", "1")!.Items["11"];
        Assert.Equal(ItemStatuses.Unknown, item.Status);
        Assert.Equal("on-the-moon", item.VendorStatus);
    }

    [Fact]
    public void A_live_answer_keeps_an_event_that_overtook_it_and_drops_items_that_are_gone()
    {
        _cache.PutLive("koha-east", "1", T0, [Item("11", ItemStatuses.Available, T0), Item("12", ItemStatuses.Available, T0)]);
        _cache.Apply(Changed("11", ItemStatuses.OnLoan, T0.AddMinutes(2)));

        _cache.PutLive("koha-east", "1", T0.AddMinutes(1), [Item("11", ItemStatuses.Available, T0.AddMinutes(1))]);

        var record = _cache.Get("koha-east", "1")!;
        Assert.Equal(ItemStatuses.OnLoan, record.Items["11"].Status);
        Assert.False(record.Items.ContainsKey("12"));
    }

    public void Dispose() => _cache.Dispose();

    private static CachedItem Item(string id, string status, DateTimeOffset asOf) =>
        new(id, "ADD", "ADD", "STACKS", $"CN {id}", status, null, null, asOf);

    private static ItemAvailabilityChanged Changed(string itemId, string status, DateTimeOffset at, DateTimeOffset? due = null) => new()
    {
        SystemId = "koha-east",
        VendorRecordId = "1",
        VendorItemId = itemId,
        LibraryCode = "ADD",
        Status = status,
        DueDate = due,
        SourceTimestamp = at,
        CorrelationId = Guid.NewGuid(),
    };
}
