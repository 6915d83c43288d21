using Gateway.Catalogue.Endpoints;

namespace Gateway.Catalogue.Tests;

public sealed class CursorTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(987654321L)]
    public void Cursor_round_trips(long id)
    {
        Assert.True(Cursor.TryDecode(Cursor.Encode(id), out var decoded));
        Assert.Equal(id, decoded);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("MTIz")] // "123" without the version prefix
    [InlineData("")]
    public void Foreign_cursors_are_rejected(string cursor) => Assert.False(Cursor.TryDecode(cursor, out _));

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
