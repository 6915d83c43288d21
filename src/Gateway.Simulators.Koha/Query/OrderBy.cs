namespace Gateway.Simulators.Koha.Query;

/// <summary>
/// Koha's _order_by: a comma list (or repeated parameter) of attributes, each prefixed '+' (ascending, often
/// arriving as a space when the client forgets to encode it) or '-' (descending); "me." prefixes are accepted.
/// The resource key is always the final tie-break so pages never overlap.
/// </summary>
internal sealed class OrderBy<T>
{
    private readonly List<(FieldDef<T> Field, bool Descending)> _keys;

    private OrderBy(List<(FieldDef<T> Field, bool Descending)> keys) => _keys = keys;

    public static OrderBy<T> Parse(IEnumerable<string> values, FieldMap<T> map)
    {
        var keys = new List<(FieldDef<T> Field, bool Descending)>();
        foreach (var raw in values.SelectMany(v => v.Split(',')))
        {
            var term = raw.Trim(' ', '\t');
            if (term.Length == 0)
            {
                continue;
            }

            var descending = term[0] == '-';
            var name = term[0] is '+' or '-' ? term[1..] : term;
            var field = map.Find(name) ?? throw new InvalidQueryException($"Invalid query: cannot order by '{name}' on {map.Resource}.");
            keys.Add((field, descending));
        }

        if (!keys.Exists(k => k.Field == map.Key))
        {
            keys.Add((map.Key, false));
        }

        return new OrderBy<T>(keys);
    }

    /// <summary>True when the order is exactly these fields, all ascending.</summary>
    public bool Is(params FieldDef<T>[] fields) =>
        _keys.Count == fields.Length && _keys.Select((k, i) => !k.Descending && k.Field == fields[i]).All(x => x);

    /// <summary>A stable sort; each item's sort keys are read once.</summary>
    public List<T> Sort(IEnumerable<T> items)
    {
        var rows = items.Select(item => (Item: item, Keys: _keys.Select(k => FieldValues.Normalize(k.Field.Get(item))).ToArray())).ToArray();
        var order = Enumerable.Range(0, rows.Length).ToArray();
        Array.Sort(order, (x, y) =>
        {
            for (var k = 0; k < _keys.Count; k++)
            {
                var result = FieldValues.CompareNullable(rows[x].Keys[k], rows[y].Keys[k]);
                if (result != 0)
                {
                    return _keys[k].Descending ? -result : result;
                }
            }

            return x.CompareTo(y);
        });
        return [.. order.Select(i => rows[i].Item)];
    }
}
