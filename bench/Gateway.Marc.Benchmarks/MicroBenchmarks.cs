using BenchmarkDotNet.Attributes;

namespace Gateway.Marc.Benchmarks;

/// <summary>Micro view: 1,000 generated records held in memory, decoded (as views or the model) and written as MARCXML.</summary>
[MemoryDiagnoser]
public class MicroBenchmarks
{
    private const int Records = 1_000;
    private byte[] _file = [];
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.GetTempFileName();
        try
        {
            RecordFileGenerator.Write(path, Records, marc8Percent: 0);
            _file = File.ReadAllBytes(path);
            _texts = [.. Iso2709Reader.Read(new MemoryStream(_file, writable: false)).Select(MarcXmlWriter.ToXml)];
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int BinaryToModel()
    {
        var fields = 0;
        foreach (var record in Iso2709Reader.Read(new MemoryStream(_file, writable: false)))
        {
            fields += record.Fields.Count;
        }

        return fields;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public long BinaryToView()
    {
        var touched = 0L;
        foreach (var view in Iso2709Reader.ReadViews(new MemoryStream(_file, writable: false)))
        {
            foreach (var field in view.Fields)
            {
                touched += field.Value.Length;
                foreach (var subfield in field.Subfields)
                {
                    touched += subfield.Value.Length;
                }
            }
        }

        return touched;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public void BinaryToViewToMarcXml()
    {
        using var writer = new MarcXmlCollectionWriter(Stream.Null, indent: true);
        foreach (var view in Iso2709Reader.ReadViews(new MemoryStream(_file, writable: false)))
        {
            writer.Write(view);
        }

        writer.Complete();
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public void BinaryToMarcXml() => MarcXmlWriter.WriteCollection(Stream.Null, Iso2709Reader.Read(new MemoryStream(_file, writable: false)));

    /// <summary>One record's MARCXML text to the model as the catalogue reads a change (decision 0046: its UTF-8 form, scanned).</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int MarcXmlTextToModel()
    {
        var fields = 0;
        foreach (var text in _texts)
        {
            fields += MarcXmlReader.ParseRecord(text).Fields.Count;
        }

        return fields;
    }

    /// <summary>The same through <c>XmlReader</c> over the text, as <see cref="MarcXmlReader.ParseRecord"/> read it before decision 0046.</summary>
    [Benchmark(OperationsPerInvoke = Records)]
    public int MarcXmlTextToModelWithXmlReader()
    {
        var fields = 0;
        foreach (var text in _texts)
        {
            using var reader = new StringReader(text);
            fields += MarcXmlReader.Read(reader).First().Fields.Count;
        }

        return fields;
    }
}
