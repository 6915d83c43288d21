namespace Gateway.Systems;

/// <summary>A validated library service of a regional system.</summary>
/// <param name="Code">The vendor's code for the library.</param>
/// <param name="Name">Human-readable name.</param>
public sealed record Library(string Code, string Name);
