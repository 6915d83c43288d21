using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gateway.Simulators.Koha.Query;

/// <summary>The condition on one field: a literal, an array of alternatives or an object of operators.</summary>
internal sealed class ConditionParser<T>(FieldDef<T> field)
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    public Func<T, bool> Parse(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => KohaQueryParser<T>.All(value.EnumerateObject().Select(p => Operator(p.Name, p.Value))),
        JsonValueKind.Array => KohaQueryParser<T>.Any(value.EnumerateArray().Select(Parse)),
        _ => Compare("=", value),
    };

    private Func<T, bool> Operator(string name, JsonElement operand)
    {
        var op = name.ToLowerInvariant();
        switch (op)
        {
            case "=" or "-=" or "!=" or "<>" or "<" or ">" or "<=" or ">=":
                return operand.ValueKind == JsonValueKind.Array
                    ? KohaQueryParser<T>.Any(operand.EnumerateArray().Select(v => Compare(op, v)))
                    : Compare(op, operand);
            case "-in" or "-not_in":
                var options = ArrayOf(operand, op).Select(v => FieldValues.Parse(field.Kind, v, field.Name)).ToArray();
                var negate = op == "-not_in";
                return item => Value(item) is { } v && Array.Exists(options, o => o is not null && FieldValues.Compare(v, o) == 0) != negate;
            case "-between" or "-not_between":
                var bounds = ArrayOf(operand, op);
                if (bounds.Count != 2)
                {
                    throw new InvalidQueryException($"{op} expects two values.");
                }

                var low = Literal(bounds[0]);
                var high = Literal(bounds[1]);
                var outside = op == "-not_between";
                return item => Value(item) is { } v && (FieldValues.Compare(v, low) >= 0 && FieldValues.Compare(v, high) <= 0) != outside;
            case "-like" or "like" or "-not_like" or "not like":
                var like = LikePattern.ToRegex(operand.ValueKind == JsonValueKind.String ? operand.GetString()! : operand.GetRawText());
                var unlike = op.Contains("not", StringComparison.Ordinal);
                return item => Value(item) is { } v && like.IsMatch(Text(v)) != unlike;
            case "-regexp" or "-rlike":
                var regex = Regexp(operand);
                return item => Value(item) is { } v && regex.IsMatch(Text(v));
            case "-not":
                var inner = Parse(operand);
                return item => !inner(item);
            default:
                throw new InvalidQueryException($"Invalid query: unsupported operator '{name}' on {field.Name}.");
        }
    }

    private Func<T, bool> Compare(string op, JsonElement operand)
    {
        var expected = FieldValues.Parse(field.Kind, operand, field.Name);
        if (expected is null)
        {
            // SQL::Abstract: = null is IS NULL, != null is IS NOT NULL.
            return op is "=" or "-=" ? item => Value(item) is null : op is "!=" or "<>" ? item => Value(item) is not null
                : throw new InvalidQueryException($"Invalid query: {op} null on {field.Name}.");
        }

        return op switch
        {
            "=" or "-=" => item => Value(item) is { } v && FieldValues.Compare(v, expected) == 0,
            "!=" or "<>" => item => Value(item) is { } v && FieldValues.Compare(v, expected) != 0,
            "<" => item => Value(item) is { } v && FieldValues.Compare(v, expected) < 0,
            ">" => item => Value(item) is { } v && FieldValues.Compare(v, expected) > 0,
            "<=" => item => Value(item) is { } v && FieldValues.Compare(v, expected) <= 0,
            _ => item => Value(item) is { } v && FieldValues.Compare(v, expected) >= 0,
        };
    }

    private static Regex Regexp(JsonElement operand)
    {
        try
        {
            return new Regex(operand.ValueKind == JsonValueKind.String ? operand.GetString()! : operand.GetRawText(),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException e)
        {
            throw new InvalidQueryException("Invalid query: bad regular expression: " + e.Message);
        }
    }

    private object Literal(JsonElement value) =>
        FieldValues.Parse(field.Kind, value, field.Name) ?? throw new InvalidQueryException($"Invalid query: null bound on {field.Name}.");

    private static List<JsonElement> ArrayOf(JsonElement operand, string op) => operand.ValueKind == JsonValueKind.Array
        ? [.. operand.EnumerateArray()]
        : throw new InvalidQueryException($"Invalid query: {op} expects an array.");

    private object? Value(T item) => FieldValues.Normalize(field.Get(item));

    private static string Text(object value) => value switch
    {
        DateTimeOffset dto => dto.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
