namespace Gateway.Adapters.Koha.Mapping;

/// <summary>An item's circulation state as the gateway documents it.</summary>
/// <param name="Status">One of <see cref="Contracts.ItemStatuses"/>.</param>
/// <param name="VendorStatus">The Koha fields that decided it (e.g. <c>lost:2</c>), or null when available.</param>
/// <param name="DueDate">Due date when on loan.</param>
internal sealed record ItemState(string Status, string? VendorStatus, DateTimeOffset? DueDate);
