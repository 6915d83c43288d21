using Gateway.Systems;

namespace Gateway.Catalogue.Endpoints;

/// <summary>The items one library holds of a record, summarised (a journal run may have thousands).</summary>
/// <param name="LibraryCode">The library's code in its regional system.</param>
/// <param name="Items">How many items the library holds.</param>
/// <param name="Statuses">Item count per status (available, on-loan, …), as last reported by the vendor.</param>
/// <param name="NextDueDate">The earliest due date among items on loan, if any.</param>
/// <param name="CallNumbers">Distinct call numbers (at most five).</param>
/// <param name="LibraryName">The library's name in the systems registry (null for a code the registry does not know).</param>
/// <param name="Links">Where a user sees, reserves or borrows the record at this library (the registry's templates, filled).</param>
public sealed record LibraryHoldings(
    string LibraryCode,
    int Items,
    IReadOnlyDictionary<string, int> Statuses,
    DateTimeOffset? NextDueDate,
    IReadOnlyList<string> CallNumbers,
    string? LibraryName = null,
    RequestLinks? Links = null);
