using Gateway.Catalogue.Endpoints;

namespace Gateway.Catalogue.Tests;

public sealed class CursorTests
{
    [Theory]
    [InlineData(null, "c0123456789abcdef")]
    [InlineData(1995, "cffffffffffffffff")]
    [InlineData(-3, "c0000000000000000")]
    public void Search_cursor_round_trips(int? score, string clusterId)
    {
        Assert.True(SearchCursor.TryDecode(new SearchCursor(score, clusterId).Encode(), out var decoded));
        Assert.Equal(new SearchCursor(score, clusterId), decoded);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("MTIz")] // "123" without the version prefix
    [InlineData("")]
    [InlineData("czE6LTpub3QtYS1jbHVzdGVy")] // "s1:-:not-a-cluster"
    [InlineData("cjE6MTIz")] // "r1:123", the source record listing's old cursor
    public void Foreign_cursors_are_rejected(string cursor) => Assert.False(SearchCursor.TryDecode(cursor, out _));

    [Theory]
    [InlineData("koha-east:123", "koha-east", "123")]
    [InlineData("koha-east:a:b", "koha-east", "a:b")]
    public void Record_ids_split_at_the_first_colon(string id, string system, string vendorId)
    {
        Assert.True(RecordId.TryParse(id, out var s, out var v));
        Assert.Equal((system, vendorId), (s, v));
    }

    [Theory]
    [InlineData("123")]
    [InlineData(":123")]
    [InlineData("koha-east:")]
    public void Malformed_record_ids_are_rejected(string id) => Assert.False(RecordId.TryParse(id, out _, out _));
}
