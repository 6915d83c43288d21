using System.Globalization;

namespace Gateway.Catalogue.Benchmarks;

/// <summary>What to harvest: a catalogue database the ingest run left (<c>--keep</c>), served over HTTP.</summary>
/// <param name="Database">The SQLite file (or null with PostgreSQL).</param>
/// <param name="PageSize">OAI-PMH list page size (<c>Oai:PageSize</c>).</param>
/// <param name="Provider"><c>Sqlite</c> or <c>PostgreSql</c>.</param>
/// <param name="ConnectionString">PostgreSQL's connection string.</param>
/// <param name="Verb"><c>ListRecords</c> (default) or <c>ListIdentifiers</c>.</param>
/// <param name="Prefix">The metadataPrefix (default <c>marc21</c>).</param>
/// <param name="Set">A setSpec restricting the list, or null.</param>
/// <param name="From">An OAI-PMH <c>from</c> date (an incremental harvest), or null.</param>
/// <param name="Until">An OAI-PMH <c>until</c> date, or null.</param>
/// <param name="FirstPages">When above 0, only start the list this many times (its first page alone), not harvest it.</param>
internal sealed record HarvestArguments(
    string? Database, int PageSize, string Provider, string? ConnectionString, string Verb, string Prefix, string? Set, string? From, string? Until,
    int FirstPages)
{
    /// <summary>The first request of the list: verb, prefix and the optional set, from and until.</summary>
    public string FirstQuery =>
        $"oai?verb={Verb}&metadataPrefix={Uri.EscapeDataString(Prefix)}"
        + (Set is null ? "" : $"&set={Uri.EscapeDataString(Set)}")
        + (From is null ? "" : $"&from={Uri.EscapeDataString(From)}")
        + (Until is null ? "" : $"&until={Uri.EscapeDataString(Until)}");

    public static HarvestArguments Parse(ReadOnlySpan<string> args)
    {
        string? database = null, connection = null, set = null, from = null, until = null;
        string provider = "Sqlite", verb = "ListRecords", prefix = "marc21";
        int pageSize = 100, firstPages = 0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--database": database = args[i + 1]; break;
                case "--page-size": pageSize = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--provider": provider = args[i + 1]; break;
                case "--connection": connection = args[i + 1]; break;
                case "--verb": verb = args[i + 1]; break;
                case "--prefix": prefix = args[i + 1]; break;
                case "--set": set = args[i + 1]; break;
                case "--from": from = args[i + 1]; break;
                case "--until": until = args[i + 1]; break;
                case "--first-pages": firstPages = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new HarvestArguments(database, pageSize, provider, connection, verb, prefix, set, from, until, firstPages);
    }
}
