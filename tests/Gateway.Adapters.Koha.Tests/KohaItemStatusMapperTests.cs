using Gateway.Adapters.Koha.Mapping;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;

namespace Gateway.Adapters.Koha.Tests;

public sealed class KohaItemStatusMapperTests
{
    private static readonly KohaItem OnShelf = new() { ItemId = 1, BiblioId = 2, HomeLibraryId = "ADD", Timestamp = DateTimeOffset.UnixEpoch };

    [Fact]
    public void Plain_item_is_available() => Assert.Equal(ItemStatuses.Available, KohaItemStatusMapper.Map(OnShelf).Status);

    [Theory]
    [InlineData(1, 0, 0, 0, false, "unavailable", "withdrawn:1")]
    [InlineData(0, 2, 0, 0, false, "lost", "lost:2")]
    [InlineData(0, 0, 1, 0, false, "unavailable", "damaged:1")]
    [InlineData(0, 0, 0, 1, false, "reference-only", "notforloan:1")]
    [InlineData(0, 0, 0, -1, false, "unavailable", "notforloan:-1")]
    [InlineData(0, 0, 0, 0, true, "on-loan", "onloan")]
    [InlineData(1, 2, 1, 1, true, "unavailable", "withdrawn:1")]   // withdrawn beats everything
    [InlineData(0, 2, 0, 0, true, "lost", "lost:2")]               // lost beats an open loan
    [InlineData(0, 0, 1, 1, true, "on-loan", "onloan")]            // a damaged or reference copy on (staff) loan is on loan
    public void Koha_fields_map_to_one_documented_status_most_restrictive_first(
        int withdrawn, int lost, int damaged, int notForLoan, bool onLoan, string status, string vendorStatus)
    {
        var item = OnShelf with
        {
            Withdrawn = withdrawn, LostStatus = lost, DamagedStatus = damaged, NotForLoanStatus = notForLoan,
            CheckedOutDate = onLoan ? new DateOnly(2026, 12, 1) : null,
        };

        var state = KohaItemStatusMapper.Map(item);

        Assert.Equal(status, state.Status);
        Assert.Equal(vendorStatus, state.VendorStatus);
        Assert.Contains(state.Status, ItemStatuses.All);
    }

    [Theory]
    [InlineData(2026, 12, 1, 23)] // GMT: 23:59 local is 23:59 UTC
    [InlineData(2026, 7, 1, 22)]  // BST: 23:59 local is 22:59 UTC
    public void Due_date_is_the_end_of_the_koha_due_day_in_uk_time(int year, int month, int day, int utcHour)
    {
        var state = KohaItemStatusMapper.Map(OnShelf with { CheckedOutDate = new DateOnly(year, month, day) });
        Assert.Equal(new DateTimeOffset(year, month, day, utcHour, 59, 0, TimeSpan.Zero), state.DueDate);
    }

    [Theory]
    [InlineData("W", "on-hold-shelf")]
    [InlineData("T", "in-transit")]
    public void Item_caught_by_a_hold_is_held_for_someone_else_never_available(string holdStatus, string status)
    {
        var hold = new KohaShelvedHold(1, holdStatus, "NNUH");
        Assert.Equal(status, KohaItemStatusMapper.Map(OnShelf, hold).Status);
        Assert.Equal(status, KohaItemStatusMapper.Map(OnShelf with { DamagedStatus = 1, NotForLoanStatus = 1 }, hold).Status);
        Assert.Equal(ItemStatuses.Lost, KohaItemStatusMapper.Map(OnShelf with { LostStatus = 1 }, hold).Status);
    }

    [Fact]
    public void A_queued_hold_that_has_not_caught_the_item_changes_nothing() =>
        Assert.Equal(ItemStatuses.Available, KohaItemStatusMapper.Map(OnShelf, new KohaShelvedHold(1, null, "ADD")).Status);

    [Fact]
    public void Only_a_loan_has_a_due_date() => Assert.Null(KohaItemStatusMapper.Map(OnShelf with { LostStatus = 1 }).DueDate);

    private static readonly DateTimeOffset Sent = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_active_transfer_no_hold_caused_is_in_transit_with_its_reason()
    {
        var travelling = OnShelf with { Transfer = new KohaTransfer { FromLibraryId = "ADD", ToLibraryId = "NNUH", DateSent = Sent, Reason = "Manual" } };

        var state = KohaItemStatusMapper.Map(travelling);

        Assert.Equal((ItemStatuses.InTransit, "transfer:Manual"), (state.Status, state.VendorStatus));
        Assert.Equal(ItemStatuses.OnLoan, KohaItemStatusMapper.Map(travelling with { CheckedOutDate = new DateOnly(2026, 12, 1) }).Status);
        Assert.Equal("hold:T", KohaItemStatusMapper.Map(travelling, new KohaShelvedHold(1, "T", "NNUH")).VendorStatus);
    }

    [Theory]
    [InlineData(true, false, false)] // arrived
    [InlineData(false, true, false)] // cancelled
    [InlineData(false, false, true)] // requested, not sent yet
    public void A_transfer_that_is_not_under_way_changes_nothing(bool arrived, bool cancelled, bool notSent)
    {
        var transfer = new KohaTransfer
        {
            DateSent = notSent ? null : Sent,
            DateArrived = arrived ? Sent.AddDays(1) : null,
            DateCancelled = cancelled ? Sent.AddHours(1) : null,
            Reason = "ReturnToHome",
        };

        Assert.Equal(ItemStatuses.Available, KohaItemStatusMapper.Map(OnShelf with { Transfer = transfer }).Status);
    }
}
