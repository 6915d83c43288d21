namespace Gateway.Marc.Cli.Output;

/// <summary>Binary MARC 21 (ISO 2709, UTF-8), records back to back.</summary>
internal sealed class Iso2709RecordWriter(Stream output) : IRecordWriter
{
    // Iso2709Writer encodes the whole record before writing, so a record it rejects writes nothing.
    public void Write(MarcRecord record) => Iso2709Writer.Write(output, record);

    public void Complete() => output.Flush();

    public void Dispose()
    {
    }
}
