namespace Gateway.Simulators.Data.Libraries;

/// <summary>One Koha authorised value: category (LOC, CCODE, LOST...), code, staff description, optional library limit.</summary>
public sealed record AuthorisedValue(string Category, string Value, string Description, string? LibraryId = null);
