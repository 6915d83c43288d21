using Microsoft.EntityFrameworkCore;

namespace Gateway.Adapters.Koha.State;

/// <summary>The adapter's own small store: checkpoints and skipped records.</summary>
internal sealed class AdapterStateDbContext(DbContextOptions<AdapterStateDbContext> options) : DbContext(options)
{
    public DbSet<HarvestCheckpoint> Checkpoints => Set<HarvestCheckpoint>();

    public DbSet<SkippedRecord> SkippedRecords => Set<SkippedRecord>();

    public DbSet<PublishedItem> PublishedItems => Set<PublishedItem>();

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
        modelBuilder.Entity<SkippedRecord>(s =>
        {
            s.ToTable("skipped_records");
            s.HasIndex(x => new { x.SystemId, x.SkippedAt });
        });
    }
}
