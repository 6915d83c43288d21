namespace Gateway.Catalogue.Benchmarks;

/// <summary>The configuration a benchmark's catalogue host runs with: the store, the in-memory bus, the systems registry.</summary>
internal static class CatalogueSettings
{
    /// <summary>
    /// Settings for <paramref name="systems"/> of <see cref="IngestMessages.Systems"/>, each with the libraries
    /// <paramref name="libraries"/> gives it (code, name).
    /// </summary>
    public static Dictionary<string, string?> For(
        string provider, string connection, int systems, Func<string, IReadOnlyList<(string Code, string Name)>> libraries)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Catalogue:Provider"] = provider,
            ["Catalogue:ConnectionString"] = connection,
            ["Messaging:Transport"] = "InMemory",
        };
        foreach (var id in IngestMessages.Systems.Take(systems))
        {
            settings[$"Systems:{id}:Name"] = id;
            settings[$"Systems:{id}:Vendor"] = id.Split('-')[0];
            settings[$"Systems:{id}:Region"] = id.Split('-')[1];
            settings[$"Systems:{id}:BaseUrl"] = "http://127.0.0.1:9/";
            var own = libraries(id);
            for (var i = 0; i < own.Count; i++)
            {
                settings[$"Systems:{id}:Libraries:{i}:Code"] = own[i].Code;
                settings[$"Systems:{id}:Libraries:{i}:Name"] = own[i].Name;
            }
        }

        return settings;
    }
}
