namespace Gateway.Simulators.Koha.Query;

/// <summary>One failed parameter: its JSON-pointer-like path and a message.</summary>
internal sealed record ParameterError(string Path, string Message);
