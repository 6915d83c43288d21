using System.Globalization;
using System.Text;

namespace Gateway.Marc.Tests;

public sealed class ShortStringsTests
{
    [Fact]
    public void Colliding_values_each_come_back_as_themselves()
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < 50_000; i++)
            {
                var text = i.ToString(CultureInfo.InvariantCulture);
                Assert.Equal(text, ShortStrings.Get(Encoding.ASCII.GetBytes(text)));
            }
        }
    }

    [Fact]
    public void Repeated_values_are_shared()
    {
        var first = ShortStrings.Get("rdacontent"u8);
        var second = ShortStrings.Get("rdacontent"u8);

        Assert.Equal("rdacontent", first);
        Assert.Same(first, second);
    }

    [Theory]
    [InlineData(new byte[] { 0x1B, 0x28, 0x42 })]
    [InlineData(new byte[] { 0xE2, 0x65 })]
    [InlineData(new byte[] { 0x61, 0x0A })]
    public void Values_that_are_not_printable_ASCII_are_left_to_the_decoder(byte[] bytes) =>
        Assert.Null(ShortStrings.Get(bytes));

    [Fact]
    public void Long_values_are_left_to_the_decoder() =>
        Assert.Null(ShortStrings.Get(Encoding.ASCII.GetBytes(new string('a', ShortStrings.MaxLength + 1))));
}
