using System.Text.Json;

namespace Gateway.Marc.Tests;

public sealed class MarcInJsonTests
{
    [Fact]
    public void Json_has_the_marc_in_json_shape()
    {
        using var document = JsonDocument.Parse(MarcInJsonWriter.ToJson(TestRecords.Multilingual()));
        var root = document.RootElement;

        Assert.Equal("00000nam a2200000 i 4500", root.GetProperty("leader").GetString());
        var fields = root.GetProperty("fields");
        Assert.Equal("multi-001", fields[0].GetProperty("001").GetString());
        var title = fields[5].GetProperty("245");
        Assert.Equal("1", title.GetProperty("ind1").GetString());
        Assert.Equal("0", title.GetProperty("ind2").GetString());
        Assert.Equal("Café society :", title.GetProperty("subfields")[0].GetProperty("a").GetString());
    }

    [Fact]
    public void Non_ascii_text_is_not_escaped()
    {
        var json = MarcInJsonWriter.ToJson(TestRecords.Multilingual());

        Assert.Contains("Ελληνικά και 中文", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_throws_MarcFormatException()
    {
        Assert.Throws<MarcFormatException>(() => MarcInJsonReader.Parse("{\"leader\": "));
        Assert.Throws<MarcFormatException>(() => MarcInJsonReader.Parse("[]"));
    }

    [Fact]
    public void ReadArray_accepts_a_single_record_object()
    {
        var records = MarcInJsonReader.ReadArray(MarcInJsonWriter.ToJson(TestRecords.Multilingual())).ToList();

        MarcAssert.Equal(TestRecords.Multilingual(), Assert.Single(records));
    }

    [Fact]
    public void Bad_field_is_skipped_in_lenient_mode_and_throws_in_strict_mode()
    {
        const string json = """{"leader":"00000nam a2200000 a 4500","fields":[{"001":"x"},{"245":42},{"500":{"ind1":" ","ind2":" ","subfields":[{"a":"note"}]}}]}""";
        var problems = new List<MarcProblem>();

        var record = MarcInJsonReader.Parse(json, new MarcReadOptions { Lenient = true, OnProblem = problems.Add });

        Assert.Equal(["001", "500"], record.Fields.Select(f => f.Tag));
        Assert.Equal("245", Assert.Single(problems).Tag);
        var ex = Assert.Throws<MarcFormatException>(() => MarcInJsonReader.Parse(json));
        Assert.Equal("245", ex.Tag);
    }

    [Fact]
    public void Data_field_with_a_control_tag_stays_a_data_field()
    {
        const string json = """{"leader":"00000nam a2200000 a 4500","fields":[{"001":{"ind1":"0","ind2":"0","subfields":[{"a":"9 181 423 4"}]}}]}""";

        var record = MarcInJsonReader.Parse(json);

        Assert.IsType<DataField>(record.Fields[0]);
        MarcAssert.Equal(record, MarcInJsonReader.Parse(MarcInJsonWriter.ToJson(record)));
    }
}
