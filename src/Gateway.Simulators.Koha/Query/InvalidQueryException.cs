namespace Gateway.Simulators.Koha.Query;

/// <summary>A q= or _order_by value Koha would reject with 400 invalid_query.</summary>
internal sealed class InvalidQueryException(string message) : Exception(message);
