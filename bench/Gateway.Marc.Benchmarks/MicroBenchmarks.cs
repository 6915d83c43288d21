using BenchmarkDotNet.Attributes;

namespace Gateway.Marc.Benchmarks;

/// <summary>Micro view: 1,000 generated records held in memory, decoded and written as MARCXML.</summary>
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
    public void BinaryToMarcXml() => MarcXmlWriter.WriteCollection(Stream.Null, Iso2709Reader.Read(new MemoryStream(_file, writable: false)));
}
