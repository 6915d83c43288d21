using Microsoft.EntityFrameworkCore;

namespace Gateway.Adapters.Koha.State;

/// <summary>The adapter's own small store: checkpoints, skipped records, published items and deletions.</summary>
internal sealed class AdapterStateDbContext(DbContextOptions<AdapterStateDbContext> options) : DbContext(options)
{
    public DbSet<HarvestCheckpoint> Checkpoints => Set<HarvestCheckpoint>();

    public DbSet<SkippedRecord> SkippedRecords => Set<SkippedRecord>();

    public DbSet<PublishedItem> PublishedItems => Set<PublishedItem>();

    public DbSet<PublishedRemoval> PublishedRemovals => Set<PublishedRemoval>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HarvestCheckpoint>(c =>
        {
            c.ToTable("harvest_checkpoints");
            c.HasKey(x => new { x.SystemId, x.Stream });
        });
        modelBuilder.Entity<PublishedItem>(i =>
        {
            i.ToTable("published_items");
            i.HasKey(x => new { x.SystemId, x.ItemId });
        });
        modelBuilder.Entity<PublishedRemoval>(r =>
        {
            r.ToTable("published_removals");
            r.HasKey(x => new { x.SystemId, x.Kind, x.VendorId });
            r.HasIndex(x => new { x.SystemId, x.RemovedAt });
        });
        modelBuilder.Entity<SkippedRecord>(s =>
        {
            s.ToTable("skipped_records");
            s.HasIndex(x => new { x.SystemId, x.SkippedAt });
        });
    }
}
