using Gateway.Catalogue.Options;

namespace Gateway.Catalogue.Tests;

/// <summary>The catalogue's storage providers: every ingest test runs on both (PostgreSQL skipped without a server).</summary>
public static class Stores
{
    public static TheoryData<string> Both => new(CatalogueOptions.Sqlite, CatalogueOptions.PostgreSql);
}
