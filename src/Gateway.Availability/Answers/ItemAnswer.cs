namespace Gateway.Availability.Answers;

/// <summary>One item, listed when the caller asks for items.</summary>
internal sealed record ItemAnswer(
    string VendorItemId, string Status, string? VendorStatus, DateTimeOffset? DueDate, string? Location, string? CallNumber,
    string? HoldingLibraryCode, DateTimeOffset AsOf);
