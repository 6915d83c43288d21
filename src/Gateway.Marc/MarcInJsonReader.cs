using System.Text.Json;

namespace Gateway.Marc;

/// <summary>Reads MARC-in-JSON (<c>{"leader": "...", "fields": [{"001": "..."}, {"245": {"ind1": " ", "ind2": "0", "subfields": [{"a": "..."}]}}]}</c>).</summary>
/// <remarks>
/// A field whose value is a string is a control field, one whose value is an object a data field (whatever its tag).
/// Missing indicators read as blanks. Strict mode (default) throws <see cref="MarcFormatException"/> on the first
/// problem; lenient mode reports it and skips the bad field, subfield or record.
/// </remarks>
public static class MarcInJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses one MARC-in-JSON record object.</summary>
    /// <exception cref="MarcFormatException">The JSON is not a well-formed record (strict mode), or not JSON at all.</exception>
    public static MarcRecord Parse(string json, MarcReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new ProblemSink(options);
        using var document = ParseDocument(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new MarcFormatException($"Expected a JSON object for a MARC record, found {document.RootElement.ValueKind}.", 1, null);
        }

        return ReadRecord(document.RootElement, 1, problems)
            ?? throw new MarcFormatException("The JSON object is not a MARC record.", 1, null);
    }

    /// <summary>Reads a JSON array of MARC-in-JSON records (a single record object is accepted too).</summary>
    /// <exception cref="MarcFormatException">The JSON is malformed, or a record is (strict mode).</exception>
    public static IEnumerable<MarcRecord> ReadArray(string json, MarcReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new ProblemSink(options);
        using var document = ParseDocument(json);
        var root = document.RootElement;
        var records = new List<MarcRecord>();
        if (root.ValueKind == JsonValueKind.Object)
        {
            AddIfRead(records, root, 1, problems);
            return records;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            throw new MarcFormatException($"Expected a JSON array of MARC records, found {root.ValueKind}.", 0, null);
        }

        var number = 0;
        foreach (var element in root.EnumerateArray())
        {
            AddIfRead(records, element, ++number, problems);
        }

        return records;
    }

    private static JsonDocument ParseDocument(string json)
    {
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new MarcFormatException($"Not well-formed JSON: {ex.Message}", 0, null, null, ex);
        }
    }

    private static void AddIfRead(List<MarcRecord> records, JsonElement element, int number, ProblemSink problems)
    {
        if (ReadRecord(element, number, problems) is { } record)
        {
            records.Add(record);
        }
    }

    private static MarcRecord? ReadRecord(JsonElement element, int number, ProblemSink problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Report(number, null, null, $"Record is a JSON {element.ValueKind}, not an object; skipped.");
            return null;
        }

        string leader;
        if (element.TryGetProperty("leader", out var leaderElement) && leaderElement.ValueKind == JsonValueKind.String)
        {
            leader = leaderElement.GetString()!;
            if (leader.Length != 24)
            {
                problems.Report(number, null, null, $"Leader has {leader.Length} characters instead of 24; padded or cut.");
            }
        }
        else
        {
            problems.Report(number, null, null, "Record has no string \"leader\"; a blank leader is used.");
            leader = string.Empty;
        }

        var fields = new List<MarcField>();
        if (!element.TryGetProperty("fields", out var fieldsElement) || fieldsElement.ValueKind != JsonValueKind.Array)
        {
            problems.Report(number, null, null, "Record has no \"fields\" array.");
            return new MarcRecord(leader, fields);
        }

        foreach (var fieldElement in fieldsElement.EnumerateArray())
        {
            ReadField(fieldElement, number, problems, fields);
        }

        return new MarcRecord(leader, fields);
    }

    private static void ReadField(JsonElement element, int number, ProblemSink problems, List<MarcField> fields)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Report(number, null, null, $"Field is a JSON {element.ValueKind}, not an object; skipped.");
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            var tag = Tags.Intern(property.Name);
            if (tag.Length != 3)
            {
                problems.Report(number, null, tag, $"Tag '{tag}' is not three characters, field skipped.");
                continue;
            }

            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    fields.Add(new ControlField(tag, value.GetString()!));
                    break;
                case JsonValueKind.Object:
                    fields.Add(ReadDataField(tag, value, number, problems));
                    break;
                default:
                    problems.Report(number, null, tag, $"Field value is a JSON {value.ValueKind}, field skipped.");
                    break;
            }
        }
    }

    private static DataField ReadDataField(string tag, JsonElement value, int number, ProblemSink problems)
    {
        var ind1 = Indicator(value, "ind1", tag, number, problems);
        var ind2 = Indicator(value, "ind2", tag, number, problems);
        var subfields = new List<Subfield>();
        if (!value.TryGetProperty("subfields", out var subfieldsElement) || subfieldsElement.ValueKind != JsonValueKind.Array)
        {
            problems.Report(number, null, tag, "Data field has no \"subfields\" array.");
            return new DataField(tag, ind1, ind2, subfields);
        }

        foreach (var subfieldElement in subfieldsElement.EnumerateArray())
        {
            if (subfieldElement.ValueKind != JsonValueKind.Object)
            {
                problems.Report(number, null, tag, $"Subfield is a JSON {subfieldElement.ValueKind}, not an object; skipped.");
                continue;
            }

            foreach (var property in subfieldElement.EnumerateObject())
            {
                if (property.Name.Length != 1 || property.Value.ValueKind != JsonValueKind.String)
                {
                    problems.Report(number, null, tag, $"Subfield '{property.Name}' is not a one-character code with a string value; skipped.");
                    continue;
                }

                subfields.Add(new Subfield(property.Name[0], property.Value.GetString()!));
            }
        }

        return new DataField(tag, ind1, ind2, subfields);
    }

    private static char Indicator(JsonElement value, string name, string tag, int number, ProblemSink problems)
    {
        if (!value.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return ' ';
        }

        var text = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
        if (text.Length == 1)
        {
            return text[0];
        }

        problems.Report(number, null, tag, $"Indicator {name} '{text}' is not one character; {(text.Length == 0 ? "blank" : "first character")} used.");
        return text.Length == 0 ? ' ' : text[0];
    }
}
