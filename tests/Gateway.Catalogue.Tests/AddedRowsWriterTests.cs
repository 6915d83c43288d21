using System.Globalization;
using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Search;
using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// <see cref="AddedRowsWriter"/> (decision 0029) stores exactly what EF Core's own save stores: the same unit of work
/// — inserts into every table, more rows than one statement carries, nulls, non-ASCII text, an update, a delete, a row
/// deleted and added again with the same key — saved both ways into fresh databases, compared as the raw values the
/// database holds (ids and sequence numbers included, so the insert order counts too). The same holds when the rows
/// only ever inserted are handed to it untracked (<see cref="UntrackedInserts"/>, decision 0041).
/// </summary>
public sealed class AddedRowsWriterTests
{
    private static readonly DateTime T0 = new(2026, 11, 24, 9, 30, 15, 123, DateTimeKind.Utc);

    private static readonly string[] Tables =
    [
        "source_records", "ingest_problems", "ingest_watermarks", "clusters", "cluster_members", "cluster_keys",
        "cluster_audit", "cluster_versions", "cluster_sets", "cluster_search", "cluster_search_dirty",
    ];

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_unit_of_work_saved_through_the_writer_leaves_what_EF_Core_leaves(string store)
    {
        var byEf = await SaveAsync(store, Save.ByEfCore);
        var byWriter = await SaveAsync(store, Save.ByWriter);

        Assert.Equal(100, byEf["source_records"].Count);
        Assert.Equal(70, byEf["cluster_keys"].Count); // 70 added, one deleted, one deleted and added again
        Assert.Contains(byEf["clusters"], row => row.StartsWith("String:c-updated|", StringComparison.Ordinal) && row.Contains(":7|", StringComparison.Ordinal));
        foreach (var table in Tables)
        {
            Assert.True(byEf[table].SequenceEqual(byWriter[table]), $"{table} differs: EF {byEf[table].Count} rows, writer {byWriter[table].Count}; first difference: "
                + byEf[table].Zip(byWriter[table]).FirstOrDefault(p => p.First != p.Second));
        }
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Rows_handed_to_the_writer_untracked_leave_what_EF_Core_leaves(string store)
    {
        var byEf = await SaveAsync(store, Save.ByEfCore);
        var untracked = await SaveAsync(store, Save.ByWriterUntracked);

        // Audit rows, versions, search marks, match keys (one of them deleted and inserted again) and set rows went
        // untracked: the same rows, ids and sequence numbers as EF Core's own save.
        Assert.Equal(70, untracked["cluster_keys"].Count);
        Assert.Equal(100, untracked["cluster_audit"].Count);
        foreach (var table in Tables)
        {
            Assert.True(byEf[table].SequenceEqual(untracked[table]), $"{table} differs: EF {byEf[table].Count} rows, untracked {untracked[table].Count}; first difference: "
                + byEf[table].Zip(untracked[table]).FirstOrDefault(p => p.First != p.Second));
        }
    }

    [Fact]
    public async Task An_untracked_row_taken_back_is_not_inserted_and_a_generated_key_type_cannot_be_both_tracked_and_untracked()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var catalogue = await CatalogueHarness.StartAsync(Gateway.Catalogue.Options.CatalogueOptions.Sqlite);
        await catalogue.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CatalogueDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var untracked = new UntrackedInserts();
            var kept = new ClusterKeyEntry { Key = "isbn:9780000000009", ClusterId = "koha-east:kept" };
            var takenBack = new ClusterKeyEntry { Key = "isbn:9780000000009", ClusterId = "koha-east:taken-back" };
            untracked.Add(kept);
            untracked.Add(takenBack);
            Assert.True(untracked.Remove(takenBack));
            Assert.False(untracked.Remove(new ClusterKeyEntry { Key = "isbn:9780000000009", ClusterId = "koha-east:kept" })); // another instance
            Assert.Empty(db.ChangeTracker.Entries());
            await AddedRowsWriter.SaveAsync(db, untracked, ct);
            Assert.Equal(0, untracked.Count);
            await transaction.CommitAsync(ct);

            db.Add(new ClusterVersion { ClusterId = "c1", Datestamp = T0 });
            untracked.Add(new ClusterVersion { ClusterId = "c2", Datestamp = T0 });
            await Assert.ThrowsAsync<InvalidOperationException>(() => AddedRowsWriter.SaveAsync(db, untracked, ct));
        });

        var keys = await catalogue.QueryAsync(db => db.ClusterKeys.AsNoTracking().Select(k => k.ClusterId).ToListAsync(ct));
        var versions = await catalogue.QueryAsync(db => db.ClusterVersions.AsNoTracking().CountAsync(ct));
        Assert.Equal(["koha-east:kept"], keys);
        Assert.Equal(0, versions);
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Rows_the_writer_adds_are_found_by_search_as_rows_EF_Core_adds(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CatalogueDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            db.Add(new ClusterSearchEntry { ClusterId = "c-search", TitleText = "zebrafish cardiology", OtherText = "", TitleWords = 2, Title = "Zebrafish cardiology" });
            await AddedRowsWriter.SaveAsync(db, TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        });

        // The full-text index is kept by the table's triggers (SQLite) or its generated column (PostgreSQL).
        var query = new SearchQuery(["zebrafish"], [], [], null, 10, new SearchParameters("zebrafish", null, null, null, null, null, null), null);
        var (page, _) = await catalogue.QueryAsync(db => new ClusterSearch(db).FindAsync(query, TestContext.Current.CancellationToken));
        Assert.Equal(["c-search"], page.Select(k => k.ClusterId));
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_search_row_the_writer_updates_is_found_by_its_new_words_only(string store)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CatalogueDbContext>();
            db.Add(new ClusterSearchEntry { ClusterId = "c-search", TitleText = "tropical medicine", OtherText = "", TitleWords = 2, Title = "Tropical medicine" });
            await db.SaveChangesAsync(ct);
        });

        await catalogue.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CatalogueDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var row = await db.ClusterSearch.SingleAsync(ct);
            (row.TitleText, row.Title) = ("zebrafish cardiology", "Zebrafish cardiology");
            await AddedRowsWriter.SaveAsync(db, ct);
            await transaction.CommitAsync(ct);
        });

        // The full-text index follows an update too: the table's update trigger (SQLite), the generated column (PostgreSQL).
        Assert.Equal(["c-search"], await FindAsync(catalogue, "zebrafish"));
        Assert.Empty(await FindAsync(catalogue, "tropical"));
    }

    [Fact]
    public async Task On_sqlite_modified_rows_are_not_left_to_EF_Core_s_one_command_a_row_unless_their_table_also_deletes()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(Path.GetTempPath(), $"catalogue-updates-{Guid.NewGuid():N}.db");
        try
        {
            await using (var catalogue = await CatalogueHarness.StartAsync(sqlitePath: path))
            {
                await catalogue.InScopeAsync(async services =>
                {
                    var db = services.GetRequiredService<CatalogueDbContext>();
                    db.AddRange(new Cluster { Id = "c1", CreatedAt = T0, Datestamp = T0, MemberCount = 1 }, new Cluster { Id = "c2", CreatedAt = T0, Datestamp = T0, MemberCount = 1 });
                    db.AddRange(
                        new ClusterMembership { SourceId = "koha-east:1", ClusterId = "c1", JoinedAt = T0, MatchJson = "{}" },
                        new ClusterMembership { SourceId = "koha-east:2", ClusterId = "c2", JoinedAt = T0, MatchJson = "{}" });
                    await db.SaveChangesAsync(ct);
                });
            }

            var commands = new UpdateCommands();
            await using (var db = new CatalogueDbContext(new DbContextOptionsBuilder<CatalogueDbContext>().UseSqlite($"Data Source={path}").AddInterceptors(commands).Options))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                foreach (var cluster in await db.Clusters.ToListAsync(ct))
                {
                    (cluster.MemberCount, cluster.Datestamp) = (cluster.Id == "c1" ? 2 : 0, T0.AddMinutes(1));
                }

                var members = await db.ClusterMemberships.OrderBy(m => m.SourceId).ToListAsync(ct);
                members[0].ClusterId = "c2";
                db.Remove(members[1]);
                await AddedRowsWriter.SaveAsync(db, ct);
                await transaction.CommitAsync(ct);
            }

            Assert.Equal(["cluster_members"], commands.Tables); // the clusters' two updates went by position
            await using var check = new CatalogueDbContext(new DbContextOptionsBuilder<CatalogueDbContext>().UseSqlite($"Data Source={path}").Options);
            Assert.Equal([("c1", 2), ("c2", 0)], (await check.Clusters.OrderBy(c => c.Id).ToListAsync(ct)).Select(c => (c.Id, c.MemberCount)));
            Assert.All(await check.Clusters.ToListAsync(ct), c => Assert.Equal(T0.AddMinutes(1), c.Datestamp));
            Assert.Equal("c2", Assert.Single(await check.ClusterMemberships.ToListAsync(ct)).ClusterId);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public async Task A_row_that_is_gone_fails_the_save_as_EF_Core_s_own_update_would()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var catalogue = await CatalogueHarness.StartAsync();
        await catalogue.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CatalogueDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Attach(new Cluster { Id = "c-never-stored", CreatedAt = T0, Datestamp = T0 }).Property(c => c.MemberCount).IsModified = true;
            var error = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => AddedRowsWriter.SaveAsync(db, ct));
            Assert.Contains("c-never-stored", error.Message, StringComparison.Ordinal);
        });
    }

    private static async Task<List<string>> FindAsync(CatalogueHarness catalogue, string word)
    {
        var query = new SearchQuery([word], [], [], null, 10, new SearchParameters(word, null, null, null, null, null, null), null);
        var (page, _) = await catalogue.QueryAsync(db => new ClusterSearch(db).FindAsync(query, TestContext.Current.CancellationToken));
        return [.. page.Select(k => k.ClusterId)];
    }

    /// <summary>The tables EF Core sent an UPDATE to.</summary>
    private sealed class UpdateCommands : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public List<string> Tables { get; } = [];

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Note(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> NonQueryExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Note(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Note(System.Data.Common.DbCommand command) =>
            Tables.AddRange(System.Text.RegularExpressions.Regex.Matches(command.CommandText, "UPDATE \"(\\w+)\"").Select(m => m.Groups[1].Value));
    }

    private enum Save
    {
        ByEfCore,
        ByWriter,
        ByWriterUntracked,
    }

    private static async Task<Dictionary<string, List<string>>> SaveAsync(string store, Save how)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CatalogueDbContext>();
            db.Add(new Cluster { Id = "c-updated", CreatedAt = T0, Datestamp = T0, MemberCount = 1 });
            db.Add(new ClusterKeyEntry { Key = "isbn:9780000000001", ClusterId = "koha-east:gone" });
            db.Add(new ClusterKeyEntry { Key = "isbn:9780000000002", ClusterId = "koha-east:again" });
            db.Add(new Cluster { Id = "c-retired", CreatedAt = T0, Datestamp = T0, MemberCount = 2 });
            db.Add(new IngestWatermark { SystemId = "koha-london", Stream = "records", StoredUpTo = T0, RecordId = "1" });
            db.Add(new ClusterMembership { SourceId = "koha-london:moved", ClusterId = "c-retired", JoinedAt = T0, MatchJson = "{}" });
            db.Add(new ClusterMembership { SourceId = "koha-london:left", ClusterId = "c-retired", JoinedAt = T0, MatchJson = "{}" });
            db.Add(new ClusterSearchEntry { ClusterId = "c-updated", TitleText = "old words", OtherText = "", TitleWords = 2, Title = "Old" });
            await db.SaveChangesAsync(ct);
        });

        await catalogue.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CatalogueDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var updated = await db.Clusters.SingleAsync(c => c.Id == "c-updated", ct);
            updated.MemberCount = 7;
            updated.Datestamp = T0.AddSeconds(1);

            // Updated rows: written by position on SQLite (decision 0045), except a table that also deletes rows
            // (members here), which EF Core saves.
            var retired = await db.Clusters.SingleAsync(c => c.Id == "c-retired", ct);
            (retired.MemberCount, retired.IsDeleted, retired.MergedInto, retired.Datestamp) = (0, true, "c-updated", T0.AddSeconds(2));
            (await db.IngestWatermarks.SingleAsync(w => w.SystemId == "koha-london", ct)).StoredUpTo = T0.AddDays(1).AddTicks(3);
            var moved = await db.ClusterMemberships.SingleAsync(m => m.SourceId == "koha-london:moved", ct);
            (moved.ClusterId, moved.JoinedVia, moved.MatchJson) = ("c-updated", "isbn:9780000000002", """{"moved":"Ærø"}""");
            db.Remove(await db.ClusterMemberships.SingleAsync(m => m.SourceId == "koha-london:left", ct));
            var search = await db.ClusterSearch.SingleAsync(e => e.ClusterId == "c-updated", ct);
            (search.TitleText, search.Title) = ("zebrafish cardiology", "Zebrafish cardiology");
            db.Remove(await db.ClusterKeys.SingleAsync(k => k.ClusterId == "koha-east:gone", ct));
            db.Remove(await db.ClusterKeys.SingleAsync(k => k.ClusterId == "koha-east:again", ct));
            var untracked = how == Save.ByWriterUntracked ? new UntrackedInserts() : null;
            var again = new ClusterKeyEntry { Key = "isbn:9780000000002", ClusterId = "koha-east:again" };
            if (untracked is null)
            {
                db.Add(again);
            }
            else
            {
                untracked.Add(again);
            }

            AddRows(db, untracked);
            if (how == Save.ByEfCore)
            {
                await db.SaveChangesAsync(ct);
            }
            else
            {
                await AddedRowsWriter.SaveAsync(db, untracked, ct);
            }

            await transaction.CommitAsync(ct);
        });

        return await catalogue.QueryAsync(RawRowsAsync);
    }

    // The rows only ever inserted (audit, versions, marks, match keys, sets) go to untracked when given, as ingest's page path hands them over.
    private static void AddRows(CatalogueDbContext db, UntrackedInserts? untracked)
    {
        void Insert(object row)
        {
            if (untracked is null)
            {
                db.Add(row);
            }
            else
            {
                untracked.Add(row);
            }
        }

        for (var i = 0; i < 100; i++)
        {
            var sourceId = $"koha-east:{i}";
            db.Add(new SourceRecord
            {
                SystemId = "koha-east", VendorRecordId = i.ToString(CultureInfo.InvariantCulture), SourceTimestamp = T0.AddTicks(i * 7),
                IsDeleted = i % 9 == 0, Title = $"Café Ærø “{i}” 東京", DescriptionJson = $$"""{"n":{{i}}}""",
                MarcXml = i % 4 == 0 ? null : $"<record><leader>{i}</leader></record>", StoredAt = T0, LastCorrelationId = new Guid(i, 7, 9, [1, 2, 3, 4, 5, 6, 7, (byte)i]),
            });
            Insert(new ClusterAuditEntry
            {
                ClusterId = $"c{i % 5}", Kind = i % 2 == 0 ? "merged" : "split", SourceId = i % 3 == 0 ? null : sourceId,
                OtherClusterId = i % 2 == 0 ? $"c{i}" : null, Key = null, MatchedSourceId = sourceId, Detail = $"detail {i} — ok", At = T0.AddMilliseconds(i),
            });
            Insert(new ClusterVersion { ClusterId = $"c{99 - i}", Datestamp = T0.AddSeconds(i) });
            Insert(new SearchDirtyCluster { ClusterId = $"c{(i * 7) % 30}" });
            if (i < 69)
            {
                Insert(new ClusterKeyEntry { Key = $"tfa:title {i:D3}", ClusterId = sourceId });
            }

            if (i < 40)
            {
                db.Add(new Cluster { Id = $"c{i}", CreatedAt = T0, Datestamp = T0.AddSeconds(i), MemberCount = i, IsDeleted = i == 3, MergedInto = i == 3 ? "c4" : null });
                db.Add(new ClusterMembership { SourceId = sourceId, ClusterId = $"c{i}", JoinedVia = i == 0 ? null : "isbn", MatchedSourceId = null, JoinedAt = T0, MatchJson = "{}" });
                Insert(new ClusterSetEntry { SetSpec = "region:london", ClusterId = $"c{i}" });
                db.Add(new ClusterSearchEntry { ClusterId = $"c{i}", TitleText = $"title {i}", OtherText = "author", TitleWords = 2, Title = $"Title {i}", SummaryJson = "{}" });
            }
        }

        db.Add(new IngestProblem { SourceId = "koha-east:5", Kind = IngestProblemKinds.UnreadableMarc, SystemId = "koha-east", Detail = "bad leader", SeenAt = T0, CorrelationId = new Guid(5, 5, 5, [5, 5, 5, 5, 5, 5, 5, 5]) });
        db.Add(new IngestWatermark { SystemId = "koha-east", Stream = "records", StoredUpTo = T0, RecordId = "99" });
    }

    /// <summary>Every row of every table as the database returns it (no EF conversion), one line a row, sorted.</summary>
    private static async Task<Dictionary<string, List<string>>> RawRowsAsync(CatalogueDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var rows = new Dictionary<string, List<string>>();
        foreach (var table in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            var lines = new List<string>();
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                lines.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount)
                    .Select(i => reader.IsDBNull(i) ? "<null>" : reader.GetValue(i) switch
                    {
                        DateTime d => $"DateTime:{d:O}",
                        var v => $"{v.GetType().Name}:{Convert.ToString(v, CultureInfo.InvariantCulture)}",
                    })));
            }

            lines.Sort(StringComparer.Ordinal);
            rows[table] = lines;
        }

        return rows;
    }
}
