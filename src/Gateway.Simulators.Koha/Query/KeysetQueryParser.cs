using System.Text.Json;

namespace Gateway.Simulators.Koha.Query;

/// <summary>
/// Recognises q= queries that select one contiguous range of (timestamp, key) order: comparisons on timestamp,
/// key comparisons next to a timestamp equality, combined with -and / objects (intersection) and -or / arrays
/// (union of touching ranges), e.g. the keyset harvest
/// <c>{"-and":[{"timestamp":{"&lt;=":U}},{"-or":[{"timestamp":{"&gt;":T}},{"timestamp":T,"biblio_id":{"&gt;":N}}]}]}</c>.
/// Anything else yields null and the caller takes the general path, so both paths always agree.
/// </summary>
internal sealed class KeysetQueryParser(string timestampField, string keyField)
{
    public KeysetInterval? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Node(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private KeysetInterval? Node(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => Object(node.EnumerateObject().ToList()),
        JsonValueKind.Array => Union(node.EnumerateArray().Select(Node)),
        _ => null,
    };

    private KeysetInterval? Object(List<JsonProperty> properties)
    {
        var result = KeysetInterval.All;
        long? equalTicks = null;
        var keyConditions = new List<JsonProperty>();
        foreach (var property in properties)
        {
            var name = Bare(property.Name);
            KeysetInterval? part;
            if (name == "-and")
            {
                part = property.Value.ValueKind == JsonValueKind.Array
                    ? Intersect(property.Value.EnumerateArray().Select(Node))
                    : Node(property.Value);
            }
            else if (name == "-or")
            {
                part = property.Value.ValueKind == JsonValueKind.Object
                    ? Union(property.Value.EnumerateObject().Select(p => Object([p])))
                    : Node(property.Value);
            }
            else if (name == timestampField)
            {
                part = Timestamp(property.Value);
                if (part is not null && property.Value.ValueKind == JsonValueKind.String)
                {
                    equalTicks = part.Lower!.Value.Ticks;
                }
            }
            else if (name == keyField)
            {
                keyConditions.Add(property);
                continue;
            }
            else
            {
                return null;
            }

            if (part is null)
            {
                return null;
            }

            result = result.Intersect(part);
        }

        if (keyConditions.Count > 0)
        {
            // A key condition is a range of the order only beside an equality on the timestamp.
            if (equalTicks is not { } ticks)
            {
                return null;
            }

            foreach (var condition in keyConditions)
            {
                if (Key(condition.Value, ticks) is not { } keyRange)
                {
                    return null;
                }

                result = result.Intersect(keyRange);
            }
        }

        return result;
    }

    private static KeysetInterval? Timestamp(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return Instant(value) is { } t ? new KeysetInterval(new(t, long.MinValue, true), new(t, long.MaxValue, true)) : null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var result = KeysetInterval.All;
        foreach (var op in value.EnumerateObject())
        {
            if (Instant(op.Value) is not { } t)
            {
                return null;
            }

            KeysetInterval? part = op.Name switch
            {
                "=" or "-=" => new(new(t, long.MinValue, true), new(t, long.MaxValue, true)),
                ">" => new(new(t, long.MaxValue, false), null),
                ">=" => new(new(t, long.MinValue, true), null),
                "<" => new(null, new(t, long.MinValue, false)),
                "<=" => new(null, new(t, long.MaxValue, true)),
                _ => null,
            };
            if (part is null)
            {
                return null;
            }

            result = result.Intersect(part);
        }

        return result;
    }

    private static KeysetInterval? Key(JsonElement value, long ticks)
    {
        if (Integer(value) is { } equal)
        {
            return new(new(ticks, equal, true), new(ticks, equal, true));
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var result = new KeysetInterval(new(ticks, long.MinValue, true), new(ticks, long.MaxValue, true));
        foreach (var op in value.EnumerateObject())
        {
            if (Integer(op.Value) is not { } n)
            {
                return null;
            }

            KeysetInterval? part = op.Name switch
            {
                "=" or "-=" => new(new(ticks, n, true), new(ticks, n, true)),
                ">" => new(new(ticks, n, false), null),
                ">=" => new(new(ticks, n, true), null),
                "<" => new(null, new(ticks, n, false)),
                "<=" => new(null, new(ticks, n, true)),
                _ => null,
            };
            if (part is null)
            {
                return null;
            }

            result = result.Intersect(part);
        }

        return result;
    }

    private static KeysetInterval? Intersect(IEnumerable<KeysetInterval?> parts)
    {
        var result = KeysetInterval.All;
        foreach (var part in parts)
        {
            if (part is null)
            {
                return null;
            }

            result = result.Intersect(part);
        }

        return result;
    }

    private static KeysetInterval? Union(IEnumerable<KeysetInterval?> parts)
    {
        var list = parts.ToList();
        if (list.Count == 0 || list.Exists(p => p is null))
        {
            return null;
        }

        // Union in lower-bound order so touching ranges chain up.
        var sorted = list.Select(p => p!).OrderBy(p => p.Lower is null ? 0 : 1).ThenBy(p => p.Lower?.Ticks).ThenBy(p => p.Lower?.Key).ToList();
        var result = sorted[0];
        foreach (var part in sorted.Skip(1))
        {
            if (result.Union(part) is not { } joined)
            {
                return null;
            }

            result = joined;
        }

        return result;
    }

    private static long? Instant(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return FieldValues.Parse(FieldKind.DateTime, value, "timestamp") is DateTimeOffset t ? t.UtcTicks : null;
        }
        catch (InvalidQueryException)
        {
            return null;
        }
    }

    private static long? Integer(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    private static string Bare(string name) => name.StartsWith("me.", StringComparison.Ordinal) ? name[3..] : name.ToLowerInvariant() is "-and" or "-or" ? name.ToLowerInvariant() : name;
}
