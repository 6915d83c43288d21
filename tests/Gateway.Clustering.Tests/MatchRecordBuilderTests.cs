using Gateway.Marc;
using Gateway.Marc.Tests;
using static Gateway.Marc.Tests.RawRecords;

namespace Gateway.Clustering.Tests;

public sealed class MatchRecordBuilderTests
{
    [Fact]
    public void Marc8_and_utf8_records_of_one_edition_build_the_same_keys()
    {
        // MARC-8: the diaeresis (ANSEL 0xE8) comes before its letter; 245 second indicator skips "The ".
        var marc8 = Iso2709Reader.Parse(Marc8(
            ("008", Latin1("170101s2017    enk           000 0 eng d")),
            ("100", Field("1 ", ('a', Latin1("M\u00E8uller, Hans,")))),
            ("245", Field("14", ('a', Latin1("The anatomy of the heart :")), ('b', Latin1("a guide /")))),
            ("250", Field("  ", ('a', Latin1("2nd ed."))))));
        var utf8 = new MarcRecord("00000nam a2200000 i 4500",
        [
            new ControlField("008", "170101s2017    enk           000 0 eng d"),
            new DataField("100", '1', ' ', [new('a', "Müller, Hans.")]),
            new DataField("245", '1', '0', [new('a', "The Anatomy of the Heart")]),
            new DataField("250", ' ', ' ', [new('a', "Second edition.")]),
        ]);

        var a = MatchRecordBuilder.Build("sys-a:1", marc8);
        var b = MatchRecordBuilder.Build("sys-b:1", utf8);

        Assert.Equal("anatomy of the heart", a.Title);
        Assert.Equal(a.Title, b.Title);
        Assert.Equal("muller", a.FirstAuthor);
        Assert.Equal(a.FirstAuthor, b.FirstAuthor);
        Assert.Equal(2, a.EditionNumber);
        Assert.Equal(2, b.EditionNumber);
        Assert.Equal("a guide", a.Subtitle);
        Assert.Null(b.Subtitle);
        Assert.Equal(MatchKey.TitleKey(a), MatchKey.TitleKey(b));
        Assert.True(MatchRules.Decide(a, b).IsMatch);
    }

    [Fact]
    public void Identifiers_and_part_come_from_their_fields()
    {
        var record = new MarcRecord("00000nam a2200000 i 4500",
        [
            new ControlField("001", "12"),
            new ControlField("008", "190101s2019    enk           000 0 eng d"),
            new DataField("020", ' ', ' ', [new('a', "0-19-968990-3 (pbk.)")]),
            new DataField("022", ' ', ' ', [new('a', "1234-567x")]),
            new DataField("035", ' ', ' ', [new('a', "(OCoLC)ocm00012345")]),
            new DataField("245", '0', '0', [new('a', "Textbook of surgery."), new('n', "Vol. II,"), new('p', "Abdomen.")]),
            new DataField("264", ' ', '1', [new('a', "Oxford :"), new('b', "Oxford University Press,"), new('c', "2019.")]),
        ]);

        var built = MatchRecordBuilder.Build("koha-east:12", record);

        Assert.Equal("textbook of surgery", built.Title);
        Assert.Equal("2 abdomen", built.Part);
        Assert.Equal(["9780199689903"], built.Isbns);
        Assert.Equal(["1234-567X"], built.Issns);
        Assert.Equal(["12345"], built.OclcNumbers);
        Assert.Equal("oxford university press", built.Publisher);
        Assert.Equal(1, built.EditionNumber);
        Assert.Equal(2019, built.Year);
        Assert.Equal("book", built.Format);
        Assert.Null(built.FirstAuthor);
        Assert.Equal(
            ["oclc:12345", "isbn:9780199689903", "issn:1234-567X", "title:textbook of surgery|oxford university press|2019|1|book|2 abdomen"],
            MatchKey.Of(built).Select(k => k.ToString()));
    }

    [Theory]
    [InlineData("Essentials of haematology : principles and practice /")]
    [InlineData("Essentials of haematology = Grundlagen der Hämatologie")]
    [InlineData("Essentials of haematology / Jane Holmes.")]
    [InlineData("Essentials of haematology.")]
    public void A_subtitle_run_into_the_title_is_not_part_of_the_title_proper(string title)
    {
        var record = new MarcRecord("00000nam a2200000 i 4500", [new DataField("245", '1', '0', [new('a', title)])]);
        Assert.Equal("essentials of haematology", MatchRecordBuilder.Build("s:1", record).Title);
    }
}
