using System.Text;
using Gateway.Marc.Cli.Input;

namespace Gateway.Marc.Cli.Tests;

public sealed class FormatSnifferTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\"?><collection/>", "MarcXml")]
    [InlineData("\r\n  <record/>", "MarcXml")]
    [InlineData("00714cam a2200205 a 4500", "Iso2709")]
    [InlineData("", "Iso2709")]
    [InlineData("xx714cam a2200205 a 4500\u001e\u001d", "Iso2709")]
    public void Recognises_marc_by_its_first_bytes(string head, string expected)
    {
        Assert.Equal(Enum.Parse<InputFormat>(expected), FormatSniffer.Sniff(Encoding.Latin1.GetBytes(head), complete: true).Format);
    }

    [Theory]
    [InlineData("[{\"leader\": \"\"}]", "MARC-in-JSON")]
    [InlineData("LEADER 00000cam", "'L'")]
    [InlineData("\u001b(3", "byte 0x1B")]
    public void Says_why_other_input_is_not_marc(string head, string reason)
    {
        var result = FormatSniffer.Sniff(Encoding.Latin1.GetBytes(head), complete: true);

        Assert.Null(result.Format);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_head_of_a_longer_input_is_undecided()
    {
        Assert.Null(FormatSniffer.Sniff("007"u8, complete: false).Format);
    }
}
