namespace Gateway.Marc.Tests;

public sealed class RejectedIsbnTests
{
    [Fact]
    public void Invalid_isbns_are_kept_aside_with_their_reason_and_valid_ones_normalised()
    {
        var record = new MarcRecord("00000nam a2200000 a 4500",
        [
            new DataField("020", [new Subfield('a', "0199689903 (pbk.)")]),
            new DataField("020", [new Subfield('a', "0199689904")]),
            new DataField("020", [new Subfield('a', "978019968990")]),
            new DataField("245", [new Subfield('a', "Title")]),
        ]);

        var description = DescriptionExtractor.Extract(record);

        Assert.Equal(["9780199689903"], description.Isbns);
        Assert.Equal(2, description.RejectedIsbns.Count);
        Assert.Equal(("0199689904", "invalid ISBN check digit"), (description.RejectedIsbns[0].Value, description.RejectedIsbns[0].Reason));
        Assert.Equal("978019968990", description.RejectedIsbns[1].Value);
        Assert.Contains("12 digits", description.RejectedIsbns[1].Reason, StringComparison.Ordinal);
    }
}
