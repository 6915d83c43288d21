namespace Gateway.Simulators.Koha.Query;

/// <summary>One API attribute of a resource: its name, kind and how to read it.</summary>
internal sealed record FieldDef<T>(string Name, FieldKind Kind, Func<T, object?> Get);
