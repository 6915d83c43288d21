using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Gateway.Marc.Cli.Tests;

public sealed class ConvertTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Mrc_to_marcxml_to_mrc_gives_back_the_same_records_and_bytes()
    {
        var records = new[] { TestMarc.Clean(), TestMarc.BadIsbn(), TestMarc.Untitled(), TestMarc.Unicode() };
        var original = TestMarc.Binary(records);
        var mrc = _temp.File("in.mrc", original);

        var toXml = await Cli.RunAsync("convert", "--to", "marcxml", mrc);
        var xml = _temp.File("out.xml", toXml.OutputBytes);
        var back = await Cli.RunAsync("convert", "--to", "mrc", xml);

        Assert.Equal(0, toXml.ExitCode);
        Assert.Equal(0, back.ExitCode);
        Assert.Equal("", toXml.Error + back.Error);
        Assert.Equal(TestMarc.AsJson(TestMarc.ReadBinary(original)), TestMarc.AsJson(TestMarc.ReadBinary(back.OutputBytes)));
        Assert.Equal(original, back.OutputBytes);
    }

    [Fact]
    public async Task Marcxml_output_is_one_collection_in_the_marc21_slim_namespace()
    {
        var mrc = _temp.File("in.mrc", TestMarc.Binary(TestMarc.Clean(), TestMarc.Unicode()));

        var result = await Cli.RunAsync("convert", "--to", "marcxml", mrc);

        var root = XDocument.Parse(result.Output).Root!;
        XNamespace marc = "http://www.loc.gov/MARC21/slim";
        Assert.Equal(marc + "collection", root.Name);
        Assert.Equal(2, root.Elements(marc + "record").Count());
        Assert.Contains("Café Ünïcödé — 東京", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_is_an_array_of_marc_in_json_records()
    {
        var bytes = TestMarc.Binary(TestMarc.Clean(), TestMarc.BadIsbn(), TestMarc.Unicode());
        var mrc = _temp.File("in.mrc", bytes);

        var result = await Cli.RunAsync("convert", "--to", "json", mrc);

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.OutputBytes);
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.Equal(3, document.RootElement.GetArrayLength());
        var read = MarcInJsonReader.ReadArray(result.Output);
        Assert.Equal(TestMarc.AsJson(TestMarc.ReadBinary(bytes)), TestMarc.AsJson(read));
    }

    [Fact]
    public async Task Json_output_of_an_empty_file_is_an_empty_array()
    {
        var empty = _temp.File("empty.mrc", []);

        var result = await Cli.RunAsync("convert", "--to", "json", empty);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[]", result.Output.Trim());
    }

    [Fact]
    public async Task Dash_reads_standard_input_and_sniffs_marcxml_after_a_bom_and_whitespace()
    {
        var xml = TestMarc.Concat([[0xEF, 0xBB, 0xBF], Encoding.ASCII.GetBytes("\n  "), TestMarc.Xml(TestMarc.Clean(), TestMarc.Unicode())]);

        var result = await Cli.RunAsync(["convert", "--to", "mrc", "-"], stdin: xml);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(TestMarc.Binary(TestMarc.Clean(), TestMarc.Unicode()), result.OutputBytes);
    }

    [Fact]
    public async Task Problems_go_to_standard_error_one_per_line_and_the_output_stays_well_formed()
    {
        var good = Iso2709Writer.ToBytes(TestMarc.Clean());
        var bad = TestMarc.WithWrongLength(Iso2709Writer.ToBytes(TestMarc.BadIsbn()));
        var mrc = _temp.File("damaged.mrc", TestMarc.Concat([good, bad, good]));

        var result = await Cli.RunAsync("convert", "--to", "marcxml", mrc);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.StartsWith($"record 2, offset {good.Length}: ", StringComparison.Ordinal));
        Assert.Equal(3, TestMarc.ReadXml(result.OutputBytes).Count);
    }

    [Fact]
    public async Task Strict_stops_at_the_first_problem_with_exit_code_1()
    {
        var good = Iso2709Writer.ToBytes(TestMarc.Clean());
        var bad = TestMarc.WithWrongLength(Iso2709Writer.ToBytes(TestMarc.BadIsbn()));
        var mrc = _temp.File("damaged.mrc", TestMarc.Concat([good, bad, good]));

        var result = await Cli.RunAsync("convert", "--strict", "--to", "json", mrc);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--strict", result.Error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(result.OutputBytes);
        Assert.Equal(1, document.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_file_that_is_not_marc_is_refused_with_exit_code_2()
    {
        var text = _temp.File("notes.txt", Encoding.ASCII.GetBytes("Dear colleagues, the export follows.\n"));

        var result = await Cli.RunAsync("convert", "--to", "json", text);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not MARC", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.OutputBytes);
    }

    [Fact]
    public async Task From_overrides_sniffing_for_a_binary_file_with_a_damaged_first_leader()
    {
        var record = Iso2709Writer.ToBytes(TestMarc.Clean());
        var damaged = (byte[])record.Clone();
        Encoding.ASCII.GetBytes("x").CopyTo(damaged, 0);
        var mrc = _temp.File("damaged-leader.mrc", TestMarc.Concat([damaged, record]));

        var result = await Cli.RunAsync("convert", "--from", "mrc", "--to", "json", mrc);

        Assert.Equal(1, result.ExitCode);
        using var document = JsonDocument.Parse(result.OutputBytes);
        Assert.Equal(2, document.RootElement.GetArrayLength());
    }
}
