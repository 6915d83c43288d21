namespace Gateway.Marc.Tests;

/// <summary>Holdings embedded in bibliographic records: Koha's 952, MARC 21 852 and local 949.</summary>
public sealed class HoldingsExtractorTests
{
    private static MarcRecord With(params DataField[] fields) => new("00000nam a2200000 a 4500", fields);

    [Fact]
    public void Koha_952_items_give_every_item_fact()
    {
        var record = With(
            new DataField("245", [new('a', "Clinical medicine")]),
            new DataField("952", [
                new('0', "0"), new('1', "0"), new('4', "1"), new('7', "-1"), new('8', "MAIN"), new('9', "1234"),
                new('a', "ADD"), new('b', "NNUH"), new('c', "ADD-SAT"), new('h', "v.12 (2019)"), new('o', "WB 115 LON"),
                new('p', "31234000123456"), new('q', "2026-12-01"), new('t', "2"), new('y', "BK"), new('z', "Ask at the desk"),
            ]),
            new DataField("952", [new('9', "1235"), new('a', "NNUH"), new('p', " "), new('y', "BK")]));

        var holdings = HoldingsExtractor.Extract(record);

        Assert.Equal(2, holdings.Count);
        var first = holdings[0];
        Assert.Equal(
            new MarcHolding
            {
                Tag = "952", ItemId = "1234", Library = "ADD", HoldingLibrary = "NNUH", Location = "ADD-SAT", Collection = "MAIN",
                CallNumber = "WB 115 LON", Barcode = "31234000123456", ItemType = "BK", CopyNumber = "2", Enumeration = "v.12 (2019)",
                DueDate = "2026-12-01", NotForLoan = "-1", Lost = "0", Withdrawn = "0", Damaged = "1", PublicNote = "Ask at the desk",
            },
            first);
        Assert.Equal("1235", holdings[1].ItemId);
        Assert.Null(holdings[1].Barcode); // a blank subfield is absent
        Assert.Null(holdings[1].HoldingLibrary);
    }

    [Fact]
    public void Marc21_852_gives_library_location_and_the_call_number_from_its_parts()
    {
        var record = With(new DataField("852", '0', '1', [
            new('a', "UkNhsLKS"), new('b', "BARTS"), new('c', "Stack"), new('k', "Ref."), new('h', "WB 100"), new('i', ".S5"),
            new('m', "2019"), new('p', "B0001"), new('t', "1"), new('z', "Reference only"),
        ]));

        var holding = Assert.Single(HoldingsExtractor.Extract(record));

        Assert.Equal("852", holding.Tag);
        Assert.Equal("UkNhsLKS", holding.Institution);
        Assert.Equal("BARTS", holding.Library);
        Assert.Equal("Stack", holding.Location);
        Assert.Equal("Ref. WB 100 .S5 2019", holding.CallNumber);
        Assert.Equal("B0001", holding.Barcode);
        Assert.Equal("1", holding.CopyNumber);
        Assert.Equal("Reference only", holding.PublicNote);
        Assert.Null(holding.ItemId);
    }

    [Fact]
    public void Local_949_is_read_by_the_default_convention_or_a_given_map()
    {
        var record = With(new DataField("949", [new('a', "QS 4 GRA"), new('i', "39000123"), new('l', "STACKS"), new('m', "UHB"), new('t', "BOOK"), new('c', "3"), new('x', "cat note")]));

        var byDefault = Assert.Single(HoldingsExtractor.Extract(record));
        Assert.Equal(("QS 4 GRA", "39000123", "STACKS", "UHB", "BOOK", "3"), (byDefault.CallNumber, byDefault.Barcode, byDefault.Location, byDefault.Library, byDefault.ItemType, byDefault.CopyNumber));

        var other = Assert.Single(HoldingsExtractor.Extract(record, new Local949Map(CallNumber: 'x', Barcode: 'c', Location: null, Library: 'l', ItemType: null, CopyNumber: null)));
        Assert.Equal(("cat note", "3", null, "STACKS", null, null), (other.CallNumber, other.Barcode, other.Location, other.Library, other.ItemType, other.CopyNumber));
    }

    [Fact]
    public void Records_without_holdings_fields_have_none_and_order_is_kept()
    {
        Assert.Empty(HoldingsExtractor.Extract(With(new DataField("245", [new('a', "No items")]), new DataField("650", [new('a', "Nursing")]))));

        var mixed = HoldingsExtractor.Extract(With(
            new DataField("949", [new('m', "A")]), new DataField("852", [new('b', "B")]), new DataField("952", [new('a', "C")])));
        Assert.Equal(["949", "852", "952"], mixed.Select(h => h.Tag));
        Assert.Equal(["A", "B", "C"], mixed.Select(h => h.Library));
    }

    [Fact]
    public void Every_holdings_field_of_the_vendor_marcxml_fixtures_gives_one_holding()
    {
        var folder = Path.Combine(VendorFixtures.RequireMarc(), "marcxml");
        var fields = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            foreach (var record in MarcXmlReader.Read(stream, new MarcReadOptions { Lenient = true }))
            {
                var expected = record.Fields.OfType<DataField>().Where(f => f.Tag is "852" or "949" or "952").ToList();
                var holdings = HoldingsExtractor.Extract(record);
                Assert.Equal(expected.Select(f => f.Tag), holdings.Select(h => h.Tag));
                Assert.Equal(expected.Where(f => f.Tag == "952").Select(f => f.FirstValue('9')?.Trim() is { Length: > 0 } id ? id : null), holdings.Where(h => h.Tag == "952").Select(h => h.ItemId));
                fields += expected.Count;
            }
        }

        Assert.True(fields > 0, "the fixtures hold no 852/949/952 field: this test checks nothing");
    }
}
