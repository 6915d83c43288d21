using Microsoft.EntityFrameworkCore;
using static Gateway.Catalogue.Tests.Messages;

namespace Gateway.Catalogue.Tests;

/// <summary>A record whose MARCXML cannot be read is kept, clustered from its description, and set aside for operators.</summary>
public sealed class IngestProblemTests
{
    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Unreadable_marc_is_kept_aside_with_its_reason_until_a_readable_version_arrives(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Changed("7", T0) with { MarcXml = "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>broken" });

        var record = await catalogue.QueryAsync(db => db.SourceRecords.AsNoTracking().SingleAsync());
        Assert.False(record.IsDeleted);
        Assert.NotNull(await catalogue.QueryAsync(db => db.ClusterMemberships.AsNoTracking().SingleOrDefaultAsync(m => m.SourceId == "koha-east:7")));
        var problem = await catalogue.QueryAsync(db => db.IngestProblems.AsNoTracking().SingleAsync());
        Assert.Equal("koha-east:7", problem.SourceId);
        Assert.Equal("unreadable-marc", problem.Kind);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail));

        await catalogue.PublishAndConsumeAsync(Changed("7", T0.AddMinutes(1)));

        Assert.Empty(await catalogue.QueryAsync(db => db.IngestProblems.ToListAsync()));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_deleted_record_leaves_no_problem_behind(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Changed("7", T0) with { MarcXml = "not xml at all" });
        Assert.Single(await catalogue.QueryAsync(db => db.IngestProblems.ToListAsync()));

        await catalogue.PublishAndConsumeAsync(Deleted("7", T0.AddMinutes(1)));

        Assert.Empty(await catalogue.QueryAsync(db => db.IngestProblems.ToListAsync()));
    }
}
