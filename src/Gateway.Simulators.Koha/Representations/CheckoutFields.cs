using Gateway.Simulators.Data.Circulation;
using Gateway.Simulators.Koha.Query;

namespace Gateway.Simulators.Koha.Representations;

/// <summary>The checkout object (definitions/checkout.yaml) without its embeddable relations.</summary>
internal static class CheckoutFields
{
    public static readonly FieldMap<SimCheckout> Map = new("checkout", "checkout_id",
    [
        new("checkout_id", FieldKind.Integer, c => c.CheckoutId),
        new("patron_id", FieldKind.Integer, c => c.PatronId),
        new("item_id", FieldKind.Integer, c => c.ItemId),
        new("booking_id", FieldKind.Integer, _ => null),
        new("external_id", FieldKind.String, c => c.Barcode),
        new("due_date", FieldKind.DateTime, c => c.DueDate),
        new("library_id", FieldKind.String, c => c.LibraryId),
        new("issuer_id", FieldKind.Integer, _ => null),
        new("checkin_date", FieldKind.DateTime, c => c.CheckinDate),
        new("checkin_library_id", FieldKind.String, c => c.CheckinLibraryId),
        new("last_renewed_date", FieldKind.DateTime, c => c.LastRenewedDate),
        new("renewals_count", FieldKind.Integer, c => c.RenewalsCount),
        new("unseen_renewals", FieldKind.Integer, _ => 0),
        new("auto_renew", FieldKind.Boolean, _ => false),
        new("auto_renew_error", FieldKind.String, _ => null),
        new("timestamp", FieldKind.DateTime, c => c.Timestamp),
        new("checkout_date", FieldKind.DateTime, c => c.CheckoutDate),
        new("onsite_checkout", FieldKind.Boolean, _ => false),
        new("note", FieldKind.String, _ => null),
        new("note_date", FieldKind.DateTime, _ => null),
        new("note_seen", FieldKind.Boolean, _ => null),
    ]);
}
