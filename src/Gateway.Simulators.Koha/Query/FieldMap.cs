namespace Gateway.Simulators.Koha.Query;

/// <summary>
/// The attributes of a resource in API order. One map drives both the JSON representation and what q= and
/// _order_by accept, so the two cannot disagree.
/// </summary>
internal sealed class FieldMap<T>
{
    private readonly Dictionary<string, FieldDef<T>> _byName;

    public FieldMap(string resource, string keyField, IReadOnlyList<FieldDef<T>> fields)
    {
        Resource = resource;
        Fields = fields;
        _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        Key = _byName[keyField];
    }

    public string Resource { get; }

    public IReadOnlyList<FieldDef<T>> Fields { get; }

    /// <summary>The identifier: default order and final tie-break.</summary>
    public FieldDef<T> Key { get; }

    /// <summary>Finds an attribute by API name; accepts Koha's "me." prefix.</summary>
    public FieldDef<T>? Find(string name)
    {
        var bare = name.StartsWith("me.", StringComparison.Ordinal) ? name[3..] : name;
        return _byName.GetValueOrDefault(bare);
    }
}
