namespace Gateway.Marc;

/// <summary>A control field (001-009): a tag and a value.</summary>
public sealed record ControlField(string Tag, string Value) : MarcField(Tag);
