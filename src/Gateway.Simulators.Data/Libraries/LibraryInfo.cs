namespace Gateway.Simulators.Data.Libraries;

/// <summary>A library (Koha branch) of a regional system: code (at most 10 characters), name and town.</summary>
public sealed record LibraryInfo(string Code, string Name, string Town);
