using BenchmarkDotNet.Attributes;

namespace Gateway.Marc.Benchmarks;

/// <summary>Micro view: 1,000 generated records held in memory, decoded (as views or the model) and written as MARCXML.</summary>
[MemoryDiagnoser]
public class MicroBenchmarks
{
    private const int Records = 1_000;
    private byte[] _file = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.GetTempFileName();
        try
        {
            RecordFileGenerator.Write(path, Records, marc8Percent: 0);
            _file = File.ReadAllBytes(path);
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
}
