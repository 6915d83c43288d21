using Gateway.Catalogue.Oai;
using Microsoft.Extensions.Primitives;

namespace Gateway.Catalogue.Tests;

/// <summary>Argument parsing: verbs, repeated, unknown and missing arguments, exclusivity, dates and granularity.</summary>
public sealed class OaiRequestTests
{
    private static OaiRequest Parse(params (string Key, string Value)[] pairs) =>
        OaiRequest.Parse(pairs.Select(p => new KeyValuePair<string, StringValues>(p.Key, p.Value)));

    [Fact]
    public void A_valid_list_request_keeps_its_arguments_and_dates()
    {
        var request = Parse(("verb", "ListRecords"), ("metadataPrefix", "marc21"), ("from", "2026-03-01"), ("until", "2026-03-02"), ("set", "region:london"));

        Assert.True(request.IsValid);
        Assert.Equal("ListRecords", request.Verb);
        Assert.Equal("region:london", request["set"]);
        Assert.Equal(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), request.From!.Value.Value);
        Assert.Equal(new DateTime(2026, 3, 3, 0, 0, 0, DateTimeKind.Utc), request.Until!.Value.ExclusiveEnd);
    }

    [Fact]
    public void A_repeated_argument_is_bad_even_when_sent_as_two_pairs()
    {
        var request = Parse(("verb", "GetRecord"), ("identifier", "oai:a.b:c1"), ("metadataPrefix", "marc21"), ("metadataPrefix", "marc21"));

        Assert.Equal([OaiError.BadArgument], request.Errors.Select(e => e.Code));
        Assert.Contains("repeated", request.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Identify")]
    [InlineData("ListSets")]
    [InlineData("ListMetadataFormats")]
    public void An_argument_a_verb_does_not_take_is_bad(string verb)
    {
        var request = Parse(("verb", verb), ("metadataPrefix", "marc21"));

        Assert.Equal([OaiError.BadArgument], request.Errors.Select(e => e.Code));
    }

    [Fact]
    public void A_resumption_token_is_exclusive_and_stands_in_for_the_required_arguments()
    {
        Assert.True(Parse(("verb", "ListIdentifiers"), ("resumptionToken", "t")).IsValid);
        Assert.Equal([OaiError.BadArgument], Parse(("verb", "ListIdentifiers"), ("resumptionToken", "t"), ("set", "system")).Errors.Select(e => e.Code));
        Assert.Equal([OaiError.BadArgument], Parse(("verb", "GetRecord"), ("resumptionToken", "t"), ("identifier", "x"), ("metadataPrefix", "marc21")).Errors.Select(e => e.Code).Distinct());
    }

    [Theory]
    [InlineData("2026-03-01", true)]
    [InlineData("2026-03-01T10:20:30Z", true)]
    [InlineData("2026-3-1", false)]
    [InlineData("2026-03-01T10:20Z", false)]
    [InlineData("2026-03-01T10:20:30", false)]
    [InlineData("2026-03-01T10:20:30.000Z", false)]
    [InlineData("2026-03-01T10:20:30+00:00", false)]
    [InlineData("2026-02-30", false)]
    [InlineData("yesterday", false)]
    public void Dates_are_utc_days_or_seconds_and_nothing_else(string text, bool valid)
    {
        Assert.Equal(valid, OaiDate.TryParse(text, out _));
        Assert.Equal(valid, Parse(("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("from", text)).IsValid);
    }

    [Fact]
    public void Mixed_granularities_and_from_after_until_are_bad()
    {
        Assert.False(Parse(("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("from", "2026-03-01"), ("until", "2026-03-01T00:00:00Z")).IsValid);
        Assert.False(Parse(("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("from", "2026-03-02T00:00:00Z"), ("until", "2026-03-01T23:59:59Z")).IsValid);
        Assert.True(Parse(("verb", "ListIdentifiers"), ("metadataPrefix", "oai_dc"), ("from", "2026-03-01T10:00:00Z"), ("until", "2026-03-01T10:00:00Z")).IsValid);
    }

    [Theory]
    [InlineData(new string[0], "missing")]
    [InlineData(new[] { "Identify", "Identify" }, "repeated")]
    [InlineData(new[] { "identify" }, "not an OAI-PMH verb")]
    public void A_missing_repeated_or_unknown_verb_is_badVerb(string[] verbs, string message)
    {
        var request = OaiRequest.Parse([new KeyValuePair<string, StringValues>("verb", new StringValues(verbs))]);

        var error = Assert.Single(request.Errors);
        Assert.Equal(OaiError.BadVerb, error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Datestamps_are_written_at_seconds_in_utc()
    {
        Assert.Equal("2026-03-01T10:20:30Z", OaiDate.Format(new DateTime(2026, 3, 1, 10, 20, 30, 999, DateTimeKind.Unspecified)));
    }
}
