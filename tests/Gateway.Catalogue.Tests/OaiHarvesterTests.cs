using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using static Gateway.Catalogue.Tests.OaiRecords;

namespace Gateway.Catalogue.Tests;

/// <summary>A harvester someone else wrote (npm <c>oai-pmh</c>) takes the whole catalogue, page after page.</summary>
public sealed class OaiHarvesterTests
{
    [Fact]
    public async Task The_npm_oai_pmh_harvester_takes_every_record_once_with_its_content()
    {
        var cli = await NpmHarvester.RequireAsync();
        await using var host = await OaiTestHost.StartAsync(new Dictionary<string, string?> { ["Oai:PageSize"] = "3" });
        string[] systems = ["koha-east", "koha-london", "koha-midlands"];
        for (var i = 1; i <= 30; i++)
        {
            // Every third record is the previous one's edition in another system: 20 clusters.
            var edition = i % 3 == 0 ? i - 1 : i;
            await host.ConsumeAsync(Book(systems[i % 3], $"{i}", Isbn(edition), title: $"Title {edition}"));
        }

        await host.ConsumeAsync(Holdings("koha-east", "1", T0, ("e1", "ADD")));
        await host.ConsumeAsync(Deleted("koha-london", "4", T0.AddMinutes(1)));
        var clusters = await host.QueryAsync(db => db.Clusters.AsNoTracking().ToListAsync());
        // 7 pages of 3; the harvester (xml2js without explicitArray) cannot read a page of exactly one record.
        Assert.Equal(20, clusters.Count);

        var records = (await NpmHarvester.RunCliAsync(cli, "list-records", host.OaiUri.ToString(), "-p", "marc21"))
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var identifiers = records.Select(r => r.GetProperty("header").GetProperty("identifier").GetString()!).ToList();

        Assert.Equal(identifiers.Count, identifiers.Distinct().Count());
        Assert.Equal(clusters.Select(c => $"oai:hub.test.example:{c.Id}").Order(), identifiers.Order());
        foreach (var record in records)
        {
            var id = record.GetProperty("header").GetProperty("identifier").GetString()!.Split(':')[^1];
            var cluster = clusters.Single(c => c.Id == id);
            Assert.Equal(cluster.IsDeleted, record.GetProperty("header").TryGetProperty("$", out var attributes)
                && attributes.GetProperty("status").GetString() == "deleted");
            if (!cluster.IsDeleted)
            {
                Assert.Contains(id, record.GetProperty("metadata").GetRawText(), StringComparison.Ordinal); // 001 is the cluster id
            }
        }

        var inSystems = await NpmHarvester.RunCliAsync(cli, "list-identifiers", host.OaiUri.ToString(), "-p", "oai_dc", "-s", "system");
        Assert.Equal(20, inSystems.Count);
        Assert.All(inSystems, line => Assert.Contains("\"system:koha-", line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Yaz_reads_every_marc21_record_of_a_full_harvest()
    {
        var yaz = YazMarcDump.Require();
        await using var host = await OaiTestHost.StartAsync(new Dictionary<string, string?> { ["Oai:PageSize"] = "4" });
        for (var i = 1; i <= 10; i++)
        {
            await host.ConsumeAsync(Book(i % 2 == 0 ? "koha-east" : "koha-london", $"{i}", Isbn(i), title: $"Título {i} – ½"));
            await host.ConsumeAsync(Holdings(i % 2 == 0 ? "koha-east" : "koha-london", $"{i}", T0, ($"i{i}", i % 2 == 0 ? "ADD" : "BARTS")));
        }

        var collection = new XElement(OaiXml.MarcNs + "collection");
        for (var page = await host.GetAsync("verb=ListRecords&metadataPrefix=marc21"); ;)
        {
            collection.Add(OaiXml.Verb(page, "ListRecords").Descendants(OaiXml.MarcNs + "record"));
            if (OaiXml.Token(page, "ListRecords") is not { } token)
            {
                break;
            }

            page = await host.GetAsync($"verb=ListRecords&resumptionToken={Uri.EscapeDataString(token)}");
        }

        var file = Path.Combine(Path.GetTempPath(), $"oai-harvest-{Guid.NewGuid():N}.xml");
        try
        {
            await File.WriteAllTextAsync(file, collection.ToString());
            var lines = await YazMarcDump.LinesAsync(yaz, file);
            var clusters = await host.QueryAsync(db => db.Clusters.Select(c => c.Id).ToListAsync());

            Assert.Equal(clusters.Order(), lines.Where(l => l.StartsWith("001 ", StringComparison.Ordinal)).Select(l => l[4..]).Order());
            Assert.Equal(10, lines.Count(l => l.StartsWith("852 ", StringComparison.Ordinal)));
            Assert.Contains(lines, l => l.Contains("$a london $b BARTS", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("Título 1 – ½", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
