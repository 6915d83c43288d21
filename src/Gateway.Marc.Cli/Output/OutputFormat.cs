namespace Gateway.Marc.Cli.Output;

/// <summary>The <c>convert --to</c> values and the writers behind them.</summary>
internal static class OutputFormat
{
    public const string MarcXml = "marcxml";
    public const string Json = "json";
    public const string Iso2709 = "mrc";

    public static readonly string[] All = [MarcXml, Json, Iso2709];

    public static IRecordWriter CreateWriter(string format, Stream output) => format switch
    {
        MarcXml => new MarcXmlRecordWriter(output),
        Json => new JsonArrayRecordWriter(output),
        Iso2709 => new Iso2709RecordWriter(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
    };
}
