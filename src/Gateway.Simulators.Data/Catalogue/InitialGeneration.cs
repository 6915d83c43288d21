namespace Gateway.Simulators.Data.Catalogue;

/// <summary>
/// The initial catalogue: ids in creation order; a migration batch (many records created within seconds of each
/// other, as when a library moved to Koha) followed by records added steadily up to the anchor; half of all
/// records edited again since.
/// </summary>
internal static class InitialGeneration
{
    public static SimBiblio?[] Run(CatalogueBuilder builder, CatalogueOptions options)
    {
        var count = options.RecordCount;
        var anchor = Truncate(options.Anchor.ToUniversalTime());
        var plan = builder.Pool.Stream(builder.SystemId, "plan", 0);
        var migration = anchor.AddDays(-plan.Next(5 * 365, 9 * 365)).AddSeconds(-plan.Next(86_400));
        var migrated = (int)(count * 0.45);
        var steadySpan = (anchor - migration).TotalSeconds - (migrated / 20.0) - 1;
        var byId = new SimBiblio?[count + 1];
        for (var id = 1; id <= count; id++)
        {
            var r = builder.Pool.Stream(builder.SystemId, "record", id);
            var created = id <= migrated
                ? migration.AddSeconds(id / 20)
                : migration.AddSeconds((migrated / 20) + 1 + (long)(steadySpan * (id - migrated) / Math.Max(1, count - migrated)));
            var remaining = (long)(anchor - created).TotalSeconds;
            var timestamp = r.Chance(0.5) || remaining <= 0 ? created : created.AddSeconds(r.NextLong(0, remaining));
            byId[id] = builder.NewRecord(id, r, created, timestamp);
        }

        return byId;
    }

    public static DateTimeOffset Truncate(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
