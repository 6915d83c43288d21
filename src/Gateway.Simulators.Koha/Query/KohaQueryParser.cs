using System.Text.Json;

namespace Gateway.Simulators.Koha.Query;

/// <summary>
/// Koha's JSON query language (SQL::Abstract under DBIx::Class): an object is AND of its keys, an array is OR
/// of its elements, "-and"/"-or"/"-not" change the logic, and a field's value is a literal (equality), an
/// array (OR of its values) or an object of operators. Unknown fields or operators raise invalid_query.
/// </summary>
internal sealed class KohaQueryParser<T>(FieldMap<T> fields)
{
    /// <summary>Parses one q= value; throws <see cref="InvalidQueryException"/> on bad JSON or unknown names.</summary>
    public Func<T, bool> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Node(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new InvalidQueryException("Malformed query string: " + e.Message);
        }
    }

    private Func<T, bool> Node(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => Object(node),
        JsonValueKind.Array => Any(node.EnumerateArray().Select(Node)),
        _ => throw new InvalidQueryException("A query must be a JSON object or array."),
    };

    private Func<T, bool> Object(JsonElement node) => All(node.EnumerateObject().Select(Property));

    private Func<T, bool> Property(JsonProperty property)
    {
        switch (property.Name.ToLowerInvariant())
        {
            case "-and":
                return property.Value.ValueKind == JsonValueKind.Array
                    ? All(property.Value.EnumerateArray().Select(Node))
                    : Node(property.Value);
            case "-or":
                return property.Value.ValueKind == JsonValueKind.Object
                    ? Any(property.Value.EnumerateObject().Select(Property))
                    : Node(property.Value);
            case "-not":
                var inner = Node(property.Value);
                return item => !inner(item);
        }

        var field = fields.Find(property.Name)
            ?? throw new InvalidQueryException($"Invalid query: unknown attribute '{property.Name}' for {fields.Resource}.");
        return new ConditionParser<T>(field).Parse(property.Value);
    }

    internal static Func<T, bool> All(IEnumerable<Func<T, bool>> parts)
    {
        var list = parts.ToArray();
        return item => Array.TrueForAll(list, p => p(item));
    }

    internal static Func<T, bool> Any(IEnumerable<Func<T, bool>> parts)
    {
        var list = parts.ToArray();
        return item => Array.Exists(list, p => p(item));
    }
}
