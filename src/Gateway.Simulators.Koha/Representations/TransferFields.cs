using Gateway.Simulators.Data.Circulation;
using Gateway.Simulators.Koha.Query;

namespace Gateway.Simulators.Koha.Representations;

/// <summary>
/// The item transfer object embedded as "transfer" (Koha::Item::Transfer->to_api; names inferred from Koha's
/// to_api_mapping, the definition file is not in the spec bundle).
/// </summary>
internal static class TransferFields
{
    public static readonly FieldMap<SimTransfer> Map = new("transfer", "item_transfer_id",
    [
        new("item_transfer_id", FieldKind.Integer, t => t.TransferId),
        new("item_id", FieldKind.Integer, t => t.ItemId),
        new("date_requested", FieldKind.DateTime, t => t.DateRequested),
        new("from_library_id", FieldKind.String, t => t.FromLibraryId),
        new("to_library_id", FieldKind.String, t => t.ToLibraryId),
        new("date_sent", FieldKind.DateTime, t => t.DateSent),
        new("date_arrived", FieldKind.DateTime, t => t.DateArrived),
        new("date_cancelled", FieldKind.DateTime, _ => null),
        new("comments", FieldKind.String, _ => null),
        new("reason", FieldKind.String, t => t.Reason),
        new("cancellation_reason", FieldKind.String, _ => null),
    ]);
}
