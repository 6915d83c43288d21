using Gateway.Adapters.Koha.Mapping;
using Gateway.Marc;

namespace Gateway.Adapters.Koha.Tests;

public sealed class KohaRecordMapperTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 10, 15, 0, TimeSpan.FromHours(1));

    private static MarcRecord KohaBiblio() => new("00000nam a2200000 a 4500",
    [
        new ControlField("001", "555"),
        new ControlField("008", "200101s2017    enk           000 0 eng d"),
        new DataField("020", [new Subfield('a', "0199689903 (pbk.)")]),
        new DataField("035", [new Subfield('a', "(OCoLC)ocm00012345")]),
        new DataField("100", '1', ' ', [new Subfield('a', "Wilkinson, Ian B.,")]),
        new DataField("245", '1', '0', [new Subfield('a', "Oxford handbook of clinical medicine /"), new Subfield('c', "Ian B. Wilkinson.")]),
        new DataField("952", [new Subfield('a', "ADD"), new Subfield('b', "ADD"), new Subfield('p', "3900001"), new Subfield('9', "77")]),
        new DataField("999", [new Subfield('c', "1234"), new Subfield('d', "1234")]),
    ]);

    [Fact]
    public void Biblio_id_comes_from_999_c_before_001() => Assert.Equal(1234, KohaRecordMapper.BiblioId(KohaBiblio()));

    [Fact]
    public void Biblio_id_falls_back_to_001()
    {
        var record = KohaBiblio();
        record.Fields.RemoveAll(f => f.Tag == "999");
        Assert.Equal(555, KohaRecordMapper.BiblioId(record));
    }

    [Fact]
    public void Record_without_any_id_has_none()
    {
        var record = new MarcRecord("00000nam a2200000 a 4500", [new DataField("245", [new Subfield('a', "x")])]);
        Assert.Null(KohaRecordMapper.BiblioId(record));
    }

    [Fact]
    public void Changed_message_carries_system_id_version_and_description()
    {
        var correlation = Guid.NewGuid();
        var message = KohaRecordMapper.ToChanged("koha-east", 1234, At, KohaBiblio(), correlation);

        Assert.Equal("koha-east", message.SystemId);
        Assert.Equal("1234", message.VendorRecordId);
        Assert.Equal(At, message.SourceTimestamp);
        Assert.Equal(TimeSpan.Zero, message.SourceTimestamp.Offset);
        Assert.Equal(correlation, message.CorrelationId);
        Assert.Equal("Oxford handbook of clinical medicine", message.Description.Title);
        Assert.Equal(["9780199689903"], message.Description.Isbns);
        Assert.Equal(["12345"], message.Description.OclcNumbers);
    }

    [Fact]
    public void Items_and_koha_internal_ids_stay_inside_the_adapter()
    {
        var message = KohaRecordMapper.ToChanged("koha-east", 1234, At, KohaBiblio(), Guid.NewGuid());
        var shared = MarcXmlReader.ParseRecord(message.MarcXml!);

        Assert.DoesNotContain(shared.Fields, f => f.Tag is "952" or "999");
        Assert.Contains(shared.Fields, f => f.Tag == "245");
        Assert.DoesNotContain("3900001", message.MarcXml, StringComparison.Ordinal); // item barcode
    }

    [Fact]
    public void Mapping_does_not_change_the_fetched_record()
    {
        var record = KohaBiblio();
        var before = record.Fields.Count;
        KohaRecordMapper.ToChanged("koha-east", 1234, At, record, Guid.NewGuid());
        Assert.Equal(before, record.Fields.Count);
    }

    [Fact]
    public void Deleted_message_carries_the_deletion_time_in_utc()
    {
        var message = KohaRecordMapper.ToDeleted("koha-london", 9, At, Guid.NewGuid());
        Assert.Equal(("koha-london", "9"), (message.SystemId, message.VendorRecordId));
        Assert.Equal(At.UtcDateTime, message.SourceTimestamp.UtcDateTime);
    }
}
