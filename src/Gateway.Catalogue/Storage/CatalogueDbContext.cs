using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Storage;

/// <summary>The catalogue's store (SQLite on the embedded default).</summary>
internal sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options) : DbContext(options)
{
    public DbSet<SourceRecord> SourceRecords => Set<SourceRecord>();

    public DbSet<IngestWatermark> IngestWatermarks => Set<IngestWatermark>();

    public DbSet<SourceItem> SourceItems => Set<SourceItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SourceRecord>(record =>
        {
            record.ToTable("source_records");
            record.HasKey(r => r.Id);
            record.Property(r => r.SystemId).HasMaxLength(64);
            record.Property(r => r.VendorRecordId).HasMaxLength(128);
            record.HasIndex(r => new { r.SystemId, r.VendorRecordId }).IsUnique();
            record.HasIndex(r => new { r.SystemId, r.Id });
        });

        modelBuilder.Entity<SourceItem>(item =>
        {
            item.ToTable("source_items");
            item.HasKey(i => new { i.SystemId, i.VendorItemId });
            item.HasIndex(i => new { i.SystemId, i.VendorRecordId });
        });

        modelBuilder.Entity<IngestWatermark>(mark =>
        {
            mark.ToTable("ingest_watermarks");
            mark.HasKey(m => new { m.SystemId, m.Stream });
        });
    }
}
