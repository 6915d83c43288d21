using Gateway.Contracts;

namespace Gateway.Availability.Caching;

/// <summary>
/// Keeps statuses to the documented vocabulary (<see cref="ItemStatuses"/>): a value outside it is never passed on or
/// guessed at; it becomes <c>unknown</c> with the vendor's code kept (the vendor status, else the value itself).
/// </summary>
internal static class ItemStatusNormaliser
{
    public static (string Status, string? VendorStatus) Normalise(string? status, string? vendorStatus)
    {
        if (status is not null && ItemStatuses.All.Contains(status, StringComparer.Ordinal))
        {
            return (status, vendorStatus);
        }

        return (ItemStatuses.Unknown, vendorStatus ?? status);
    }
}
