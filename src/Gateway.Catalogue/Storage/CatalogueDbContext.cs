using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Storage;

/// <summary>
/// The catalogue's store: SQLite on the embedded default (this class, migrations in <c>Storage/Migrations</c>), or
/// PostgreSQL (<see cref="PostgreSqlCatalogueDbContext"/>, the same model, migrations in
/// <c>Storage/PostgreSqlMigrations</c>).
/// </summary>
internal class CatalogueDbContext : DbContext
{
    public CatalogueDbContext(DbContextOptions<CatalogueDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider-specific subclass with its own migrations.</summary>
    protected CatalogueDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<SourceRecord> SourceRecords => Set<SourceRecord>();

    public DbSet<IngestWatermark> IngestWatermarks => Set<IngestWatermark>();

    public DbSet<SourceItem> SourceItems => Set<SourceItem>();

    public DbSet<Cluster> Clusters => Set<Cluster>();

    public DbSet<IngestProblem> IngestProblems => Set<IngestProblem>();

    public DbSet<ClusterMembership> ClusterMemberships => Set<ClusterMembership>();

    public DbSet<ClusterKeyEntry> ClusterKeys => Set<ClusterKeyEntry>();

    public DbSet<ClusterAuditEntry> ClusterAudit => Set<ClusterAuditEntry>();

    public DbSet<ClusterVersion> ClusterVersions => Set<ClusterVersion>();

    public DbSet<ClusterSetEntry> ClusterSets => Set<ClusterSetEntry>();

    public DbSet<ClusterSearchEntry> ClusterSearch => Set<ClusterSearchEntry>();

    public DbSet<SearchDirtyCluster> SearchDirtyClusters => Set<SearchDirtyCluster>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SourceRecord>(record =>
        {
            record.ToTable("source_records");
            record.HasKey(r => r.Id);
            record.Property(r => r.SystemId).HasMaxLength(64);
            record.Property(r => r.VendorRecordId).HasMaxLength(128);
            record.HasIndex(r => new { r.SystemId, r.VendorRecordId }).IsUnique();
        });

        modelBuilder.Entity<SourceItem>(item =>
        {
            item.ToTable("source_items");
            item.HasKey(i => new { i.SystemId, i.VendorItemId });
            item.HasIndex(i => new { i.SystemId, i.VendorRecordId });
        });

        modelBuilder.Entity<IngestProblem>(problem =>
        {
            problem.ToTable("ingest_problems");
            problem.HasKey(p => new { p.SourceId, p.Kind });
            problem.Property(p => p.SourceId).HasMaxLength(200);
            problem.Property(p => p.Kind).HasMaxLength(32);
            problem.Property(p => p.SystemId).HasMaxLength(64);
            problem.HasIndex(p => new { p.SystemId, p.SeenAt });
        });

        modelBuilder.Entity<Cluster>(cluster =>
        {
            cluster.ToTable("clusters");
            cluster.HasKey(c => c.Id);
            cluster.Property(c => c.Id).HasMaxLength(32);
            cluster.Property(c => c.MergedInto).HasMaxLength(32);
            cluster.HasIndex(c => new { c.Datestamp, c.Id });
        });

        modelBuilder.Entity<ClusterMembership>(member =>
        {
            member.ToTable("cluster_members");
            member.HasKey(m => m.SourceId);
            member.Property(m => m.SourceId).HasMaxLength(200);
            member.Property(m => m.ClusterId).HasMaxLength(32);
            member.HasIndex(m => m.ClusterId);
        });

        modelBuilder.Entity<ClusterKeyEntry>(key =>
        {
            key.ToTable("cluster_keys");
            key.HasKey(k => new { k.Key, k.ClusterId });
            key.Property(k => k.ClusterId).HasMaxLength(32);
            key.HasIndex(k => k.ClusterId);
        });

        modelBuilder.Entity<ClusterAuditEntry>(entry =>
        {
            entry.ToTable("cluster_audit");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Kind).HasMaxLength(16);
            entry.HasIndex(e => new { e.SourceId, e.Id });
        });

        modelBuilder.Entity<ClusterVersion>(version =>
        {
            version.ToTable("cluster_versions");
            version.HasKey(v => v.Seq);
            version.Property(v => v.Seq).ValueGeneratedOnAdd();
            version.Property(v => v.ClusterId).HasMaxLength(32);
            version.HasIndex(v => new { v.ClusterId, v.Seq });
        });

        modelBuilder.Entity<ClusterSetEntry>(entry =>
        {
            entry.ToTable("cluster_sets");
            entry.HasKey(e => new { e.SetSpec, e.ClusterId });
            entry.Property(e => e.SetSpec).HasMaxLength(200);
            entry.Property(e => e.ClusterId).HasMaxLength(32);
            entry.HasIndex(e => e.ClusterId);
        });

        modelBuilder.Entity<ClusterSearchEntry>(entry =>
        {
            // SQLite: AFTER triggers keep the FTS5 table in step, and EF's RETURNING clause cannot be used with them.
            entry.ToTable("cluster_search", table => table.UseSqlReturningClause(false));
            entry.HasKey(e => e.Id);
            entry.Property(e => e.ClusterId).HasMaxLength(32);
            entry.HasIndex(e => e.ClusterId).IsUnique();
        });

        modelBuilder.Entity<SearchDirtyCluster>(mark =>
        {
            mark.ToTable("cluster_search_dirty");
            mark.HasKey(m => m.Seq);
            mark.Property(m => m.Seq).ValueGeneratedOnAdd();
            mark.Property(m => m.ClusterId).HasMaxLength(32);
        });

        modelBuilder.Entity<IngestWatermark>(mark =>
        {
            mark.ToTable("ingest_watermarks");
            mark.HasKey(m => new { m.SystemId, m.Stream });
        });
    }
}
