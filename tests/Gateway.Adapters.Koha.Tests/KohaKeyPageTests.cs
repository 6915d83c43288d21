using System.Text;
using System.Text.Json;
using Gateway.Adapters.Koha.Vendor;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>
/// The keys of a JSON page of biblios read from its bytes (decision 0031) are the keys the deserialiser it replaced
/// (<see cref="JsonSerializer"/> with <see cref="JsonSerializerOptions.Web"/> into <see cref="KohaBiblioKey"/>) reads,
/// and a body that is not a page of objects fails the same way (a <see cref="JsonException"/>).
/// </summary>
public sealed class KohaKeyPageTests
{
    [Fact]
    public void Keys_are_read_in_order_among_every_other_value()
    {
        const string json = """
            [
              {"biblio_id": 7, "title": "A \"quoted\" title \u00e9", "serial": false, "notes": null, "copyright_date": 2017,
               "nested": {"biblio_id": 99, "timestamp": "2001-01-01T00:00:00+00:00", "list": [1, {"a": [[]]}]},
               "timestamp": "2026-03-01T10:15:00+00:00", "isbn": "0199689903 | 9780199689903"},
              {"timestamp": "2026-03-01T10:15:00+01:00", "biblio_id": 8},
              {"Biblio_ID": "9", "TimeStamp": "2026-03-02T00:00:00Z", "biblio\u005fid_not": 1},
              {"biblio\u005fid": 10, "timestamp": "2026-03-03T08:00:00.123+00:00"},
              {}
            ]
            """;

        var keys = AssertSameAsDeserialiser(json);

        Assert.Equal([7L, 8, 9, 10, 0], keys.Select(k => k.BiblioId));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 15, 0, TimeSpan.Zero), keys[1].Timestamp.ToUniversalTime());
        Assert.Equal(default, keys[4].Timestamp);
    }

    [Fact]
    public void An_empty_page_has_no_keys() => Assert.Empty(AssertSameAsDeserialiser(" [ ] "));

    [Theory]
    [InlineData("{\"biblio_id\": 1}")]
    [InlineData("[{\"biblio_id\": 1}")]
    [InlineData("[{\"biblio_id\": 1},]")]
    [InlineData("[1, 2]")]
    [InlineData("[{\"biblio_id\": \"x\"}]")]
    [InlineData("[{\"biblio_id\": 1.5}]")]
    [InlineData("[{\"biblio_id\": null}]")]
    [InlineData("[{\"timestamp\": \"yesterday\"}]")]
    [InlineData("[{\"timestamp\": 5}]")]
    [InlineData("[] []")]
    [InlineData("")]
    public void A_body_that_is_not_a_page_of_keys_fails_as_the_deserialiser_fails(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<List<KohaBiblioKey>>(bytes, JsonSerializerOptions.Web));
        Assert.ThrowsAny<JsonException>(() => KohaKeyPage.Read(bytes));
    }

    private static List<KohaBiblioKey> AssertSameAsDeserialiser(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = JsonSerializer.Deserialize<List<KohaBiblioKey>>(bytes, JsonSerializerOptions.Web)!;

        var actual = KohaKeyPage.Read(bytes);

        Assert.Equal(expected, actual);
        return actual;
    }
}
