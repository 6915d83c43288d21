using Gateway.Simulators.Data.Circulation;
using Gateway.Simulators.Koha.Query;

namespace Gateway.Simulators.Koha.Representations;

/// <summary>The hold object (definitions/hold.yaml) without its embeddable relations.</summary>
internal static class HoldFields
{
    public static readonly FieldMap<SimHold> Map = new("hold", "hold_id",
    [
        new("hold_id", FieldKind.Integer, h => h.HoldId),
        new("patron_id", FieldKind.Integer, h => h.PatronId),
        new("hold_date", FieldKind.Date, h => h.HoldDate),
        new("biblio_id", FieldKind.Integer, h => h.BiblioId),
        new("deleted_biblio_id", FieldKind.Integer, _ => null),
        new("item_group_id", FieldKind.String, _ => null),
        new("pickup_library_id", FieldKind.String, h => h.PickupLibraryId),
        new("desk_id", FieldKind.Integer, _ => null),
        new("cancellation_date", FieldKind.Date, h => h.CancellationDate),
        new("cancellation_reason", FieldKind.String, h => h.CancellationReason),
        new("notes", FieldKind.String, _ => null),
        new("priority", FieldKind.Integer, h => h.Priority),
        new("status", FieldKind.String, h => h.Status),
        new("timestamp", FieldKind.DateTime, h => h.Timestamp),
        new("item_id", FieldKind.Integer, h => h.ItemId),
        new("waiting_date", FieldKind.Date, h => h.WaitingDate),
        new("expiration_date", FieldKind.Date, h => h.ExpirationDate),
        new("lowest_priority", FieldKind.Boolean, _ => false),
        new("suspended", FieldKind.Boolean, _ => false),
        new("suspended_until", FieldKind.DateTime, _ => null),
        new("non_priority", FieldKind.Boolean, _ => false),
        new("item_type", FieldKind.String, _ => null),
        new("hold_group_id", FieldKind.Integer, _ => null),
        new("item_level", FieldKind.Boolean, h => h.ItemLevel),
    ]);
}
