using System.Globalization;

namespace Gateway.Catalogue.Benchmarks;

/// <summary>What to harvest: a catalogue database the ingest run left (<c>--keep</c>), served over HTTP.</summary>
/// <param name="Database">The SQLite file (or null with PostgreSQL).</param>
/// <param name="PageSize">OAI-PMH list page size (<c>Oai:PageSize</c>).</param>
/// <param name="Provider"><c>Sqlite</c> or <c>PostgreSql</c>.</param>
/// <param name="ConnectionString">PostgreSQL's connection string.</param>
internal sealed record HarvestArguments(string? Database, int PageSize, string Provider, string? ConnectionString)
{
    public static HarvestArguments Parse(ReadOnlySpan<string> args)
    {
        string? database = null, connection = null;
        string provider = "Sqlite";
        var pageSize = 100;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--database": database = args[i + 1]; break;
                case "--page-size": pageSize = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--provider": provider = args[i + 1]; break;
                case "--connection": connection = args[i + 1]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new HarvestArguments(database, pageSize, provider, connection);
    }
}
