using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Simulators.Data.Changes;

namespace Gateway.Simulators.Koha.Webhooks;

/// <summary>
/// The pushed event contract (our design, modelled on Koha's plugin hooks after_biblio_action / after_item_action):
/// <c>{"event": "biblio_modified|biblio_added|biblio_deleted|item_modified|item_deleted", "biblio_id": N, "item_id": N|null,
/// "timestamp": "RFC 3339", "event_id": "uuid"}</c>, signed with <c>X-Koha-Signature: sha256=&lt;hex HMAC-SHA256 of
/// the raw body&gt;</c>.
/// </summary>
internal static class WebhookPayload
{
    public const string SignatureHeader = "X-Koha-Signature";
    public const string EventIdHeader = "X-Koha-Event-Id";
    public const string EventHeader = "X-Koha-Event";

    /// <summary>The event name of a change, or null for changes a plugin hook would not report (holds placed).</summary>
    public static string? EventName(ChangeKind kind) => kind switch
    {
        ChangeKind.BiblioUpdated => "biblio_modified",
        ChangeKind.BiblioAdded => "biblio_added",
        ChangeKind.BiblioDeleted => "biblio_deleted",
        ChangeKind.ItemStatusChanged => "item_modified",
        ChangeKind.ItemDeleted => "item_deleted",
        _ => null,
    };

    public static byte[] Body(string name, int biblioId, int? itemId, string timestamp, string eventId)
    {
        var buffer = new ArrayBufferWriter<byte>(160);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("event", name);
            writer.WriteNumber("biblio_id", biblioId);
            if (itemId is { } item)
            {
                writer.WriteNumber("item_id", item);
            }
            else
            {
                writer.WriteNull("item_id");
            }

            writer.WriteString("timestamp", timestamp);
            writer.WriteString("event_id", eventId);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of <paramref name="body"/> keyed with <paramref name="secret"/>.</summary>
    public static string Signature(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
