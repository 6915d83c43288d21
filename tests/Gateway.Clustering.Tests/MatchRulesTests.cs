using static Gateway.Clustering.Tests.Records;

namespace Gateway.Clustering.Tests;

public sealed class MatchRulesTests
{
    private const string Isbn = "9780199689903";

    [Fact]
    public void A_shared_isbn_matches()
    {
        var decision = MatchRules.Decide(Book("a:1", isbn: Isbn), Book("b:1", isbn: Isbn, title: "oxford handbook of clinical medicine tenth edition"));
        Assert.True(decision.IsMatch);
        Assert.Equal("isbn:" + Isbn, decision.Key.ToString());
    }

    [Fact]
    public void The_strongest_shared_key_is_reported()
    {
        var decision = MatchRules.Decide(Book("a:1", isbn: Isbn, oclc: "958000123"), Book("b:1", isbn: Isbn, oclc: "958000123"));
        Assert.Equal(MatchKeyKind.Oclc, decision.Key!.Value.Kind);
    }

    [Fact]
    public void Print_and_ebook_never_match_even_on_the_print_isbn()
    {
        var decision = MatchRules.Decide(Book("a:1", isbn: Isbn), Book("b:1", isbn: Isbn, format: "ebook"));
        Assert.False(decision.IsMatch);
        Assert.Equal("format differs (book / ebook)", decision.Conflict);
    }

    [Fact]
    public void Volumes_of_a_set_sharing_the_set_isbn_do_not_match()
    {
        var decision = MatchRules.Decide(Book("a:1", isbn: Isbn, part: "1"), Book("b:1", isbn: Isbn, part: "2"));
        Assert.Equal("part differs (1 / 2)", decision.Conflict);
        Assert.Equal("part differs (whole / 2)", MatchRules.Decide(Book("a:1", isbn: Isbn), Book("b:1", isbn: Isbn, part: "2")).Conflict);
    }

    [Fact]
    public void An_isbn_reused_for_a_later_edition_does_not_match()
    {
        var decision = MatchRules.Decide(Book("a:1", isbn: Isbn, edition: 10, year: 2017), Book("b:1", isbn: Isbn, edition: 11, year: 2024));
        Assert.Equal("edition differs (10 / 11)", decision.Conflict);
    }

    [Fact]
    public void A_reprint_year_apart_still_matches_but_not_further()
    {
        Assert.True(MatchRules.Decide(Book("a:1", isbn: Isbn, year: 2017), Book("b:1", isbn: Isbn, year: 2018)).IsMatch);
        Assert.Equal("year differs (2017 / 2019)", MatchRules.Decide(Book("a:1", isbn: Isbn, year: 2017), Book("b:1", isbn: Isbn, year: 2019)).Conflict);
    }

    [Fact]
    public void A_wrong_isbn_on_an_unrelated_title_does_not_match()
    {
        var decision = MatchRules.Decide(Book("a:1", isbn: Isbn), Book("b:1", isbn: Isbn, title: "pocket guide to wound care"));
        Assert.Equal("titles differ", decision.Conflict);
    }

    [Fact]
    public void Without_identifiers_the_title_key_matches()
    {
        var decision = MatchRules.Decide(Book("a:1"), Book("b:1", isbn: Isbn));
        Assert.True(decision.IsMatch);
        Assert.Equal(MatchKeyKind.TitleAuthor, decision.Key!.Value.Kind);
    }

    [Fact]
    public void The_title_key_does_not_match_records_with_different_isbns()
    {
        var decision = MatchRules.Decide(Book("a:1", isbn: Isbn), Book("b:1", isbn: "9780198837411"));
        Assert.Equal(MatchKeyKind.TitleAuthor, decision.Key!.Value.Kind);
        Assert.Equal("different ISBNs", decision.Conflict);
    }

    [Fact]
    public void Two_records_of_one_system_need_more_than_the_title_key()
    {
        Assert.Equal("same system, and only the title key is shared", MatchRules.Decide(Book("a:1"), Book("a:2")).Conflict);
        Assert.True(MatchRules.Decide(Book("a:1", isbn: Isbn), Book("a:2", isbn: Isbn)).IsMatch);
    }

    [Fact]
    public void Records_sharing_nothing_have_no_key_and_no_conflict()
    {
        var decision = MatchRules.Decide(Book("a:1", title: "clinical skills"), Book("b:1", title: "nursing theory"));
        Assert.Null(decision.Key);
        Assert.False(decision.IsMatch);
    }

    [Fact]
    public void No_year_means_no_title_key() => Assert.Null(MatchKey.TitleKey(Book("a:1", year: null)));

    [Theory]
    [InlineData("oxford handbook of clinical medicine", "oxford handbook of clinical medicine", true)]
    [InlineData("clinical medicine", "clinical medicine a textbook for students", true)]
    [InlineData("davidsons principles and practice of medicine", "davidsons principles practice of medicine", true)]
    [InlineData("clinical medicine", "clinical pharmacology", false)]
    [InlineData("clinical", "clinicalmedicine", false)]
    [InlineData("prescribing handbook", "prescribing handbok", true)]
    [InlineData("pocket guide to communication skills", "pocket guide to communicaton skills", true)]
    [InlineData("ent", "eye", false)]
    public void Similar_titles(string a, string b, bool similar) => Assert.Equal(similar, MatchRules.SimilarTitles(a, b));

    [Fact]
    public void Keys_read_back_as_written()
    {
        foreach (var key in MatchKey.Of(Book("a:1", isbn: Isbn, oclc: "12", issn: "1234-5679")))
        {
            Assert.Equal(key, MatchKey.Parse(key.ToString()));
        }

        Assert.Null(MatchKey.Parse("lccn:123"));
        Assert.Null(MatchKey.Parse("isbn:"));
    }
}
