using System.Text.Json;
using Gateway.Catalogue.Consolidation;
using Gateway.Catalogue.Options;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using Gateway.Marc;
using Gateway.Systems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Catalogue.Tests;

/// <summary>The consolidated record: which source is preferred, and what its MARC and JSON carry.</summary>
public sealed class ConsolidationTests
{
    private static readonly Cluster Cluster = new() { Id = "c00000000000000aa", Datestamp = new DateTime(2026, 3, 2, 9, 30, 15) };

    private static Consolidator Consolidator(params string[] priority)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(OaiTestHost.Systems).Build())
            .AddSystemsRegistry()
            .BuildServiceProvider();
        return new Consolidator(services.GetRequiredService<ISystemsRegistry>(),
            Microsoft.Extensions.Options.Options.Create(new ConsolidationOptions { SystemPriority = [.. priority] }));
    }

    private static SourceRecord Source(string system, string id, string? isbn, bool rda, int extraFields = 0)
    {
        var message = OaiRecords.Book(system, id, isbn ?? "x", rda: rda);
        var marc = MarcXmlReader.ParseRecord(message.MarcXml!);
        marc.Fields.AddRange(Enumerable.Range(0, extraFields).Select(i => new DataField("500", [new Subfield('a', $"Note {i}")])));
        var description = message.Description with { Isbns = isbn is null ? [] : [isbn] };
        return new SourceRecord
        {
            SystemId = system, VendorRecordId = id, MarcXml = MarcXmlWriter.ToXml(marc), Title = description.Title,
            DescriptionJson = JsonSerializer.Serialize(description, CatalogueJson.Options),
        };
    }

    private static SourceItem Item(string system, string record, string id, string library, string status = ItemStatuses.Available) =>
        new() { SystemId = system, VendorRecordId = record, VendorItemId = id, LibraryCode = library, Status = status, Location = "MAIN", CallNumber = "WB 100" };

    [Fact]
    public void Identifiers_outweigh_rda_which_outweighs_length()
    {
        var withIsbn = Source("koha-midlands", "3", "9780199689903", rda: false);
        var rdaNoIsbn = Source("koha-east", "1", null, rda: true, extraFields: 5);
        var longer = Source("koha-london", "2", "9780199689903", rda: false, extraFields: 3);

        var (record, _) = Consolidator().Build(new ConsolidationInput(Cluster, [withIsbn, rdaNoIsbn, longer], []), "http://hub");
        var (rda, _) = Consolidator().Build(new ConsolidationInput(Cluster, [rdaNoIsbn, Source("koha-london", "2", null, rda: false, extraFields: 9)], []), "http://hub");

        Assert.Equal("koha-london:2", record.PreferredSourceId);
        Assert.Equal("koha-east:1", rda.PreferredSourceId);
    }

    [Fact]
    public void Ties_go_to_the_listed_system_then_the_lowest_id()
    {
        var east = Source("koha-east", "10", "9780199689903", rda: true);
        var london9 = Source("koha-london", "9", "9780199689903", rda: true);
        var london10 = Source("koha-london", "10", "9780199689903", rda: true);

        Assert.Equal("koha-london:9", Consolidator("koha-london").Build(new ConsolidationInput(Cluster, [east, london10, london9], []), "").Record.PreferredSourceId);
        Assert.Equal("koha-east:10", Consolidator().Build(new ConsolidationInput(Cluster, [london9, east], []), "").Record.PreferredSourceId);
    }

    [Fact]
    public void The_marc_record_has_the_cluster_id_links_and_an_852_per_library_without_the_source_items()
    {
        var east = Source("koha-east", "1", "9780199689903", rda: true);
        var london = Source("koha-london", "77", "9780199689903", rda: false);
        SourceItem[] items = [Item("koha-east", "1", "a", "ADD"), Item("koha-east", "1", "b", "ADD", ItemStatuses.OnLoan), Item("koha-london", "77", "c", "BARTS")];

        var (record, marc) = Consolidator().Build(new ConsolidationInput(Cluster, [east, london], [.. items]), "https://hub.example");

        Assert.NotNull(marc);
        Assert.Equal("c00000000000000aa", marc.ControlValue("001"));
        Assert.Equal("20260302093015.0", marc.ControlValue("005"));
        Assert.Empty(marc.DataFields("952"));
        Assert.Equal(["(koha-east)1", "(koha-london)77"], marc.DataFields("035").Select(f => f.FirstValue('a')));
        Assert.Equal(["https://hub.example/api/v1/records/koha-east%3A1", "https://hub.example/api/v1/records/koha-london%3A77"],
            marc.DataFields("856").Select(f => f.FirstValue('u')));
        var add = marc.DataFields("852").First();
        Assert.Equal(["east-of-england", "ADD", "MAIN", "WB 100", "koha-east", "Addenbrooke's: 2 items, 1 available"], add.Subfields.Select(s => s.Value));
        Assert.Equal("london", marc.DataFields("852").Last().FirstValue('a'));
        Assert.Equal(marc.Fields.Select(f => f.Tag).Order(StringComparer.Ordinal), marc.Fields.Select(f => f.Tag));

        var holding = record.Holdings[0];
        Assert.Equal(("ADD", 2, 1), (holding.LibraryCode, holding.Items, holding.Available));
        Assert.Equal(1, holding.Statuses[ItemStatuses.OnLoan]);
        Assert.Equal(["koha-east:1", "koha-london:77"], record.Sources.Select(s => s.Id));
    }

    [Fact]
    public void A_preferred_record_without_marc_is_written_from_its_description_and_a_retired_cluster_has_none()
    {
        var bare = Source("koha-east", "1", "9780199689903", rda: true);
        bare.MarcXml = null;

        var (_, marc) = Consolidator().Build(new ConsolidationInput(Cluster, [bare], []), "");
        var (deleted, none) = Consolidator().Build(new ConsolidationInput(new Cluster { Id = "c1", IsDeleted = true, MergedInto = "c2" }, [], []), "");

        Assert.NotNull(marc);
        Assert.Equal("Clinical medicine", marc.FirstValue("245", 'a'));
        Assert.Equal("9780199689903", marc.FirstValue("020", 'a'));
        Assert.True(deleted.Deleted);
        Assert.Equal("c2", deleted.MergedInto);
        Assert.Null(none);
    }
}
