using System.Text.Json.Serialization;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>The fields of Koha's item object (definitions/item.yaml) the adapter reads. Never patron fields.</summary>
internal sealed record KohaItem
{
    [JsonPropertyName("item_id")] public long ItemId { get; init; }

    [JsonPropertyName("biblio_id")] public long BiblioId { get; init; }

    [JsonPropertyName("home_library_id")] public string? HomeLibraryId { get; init; }

    [JsonPropertyName("holding_library_id")] public string? HoldingLibraryId { get; init; }

    [JsonPropertyName("location")] public string? Location { get; init; }

    [JsonPropertyName("callnumber")] public string? CallNumber { get; init; }

    [JsonPropertyName("item_type_id")] public string? ItemTypeId { get; init; }

    /// <summary>NOT_LOAN authorised value; 0 none, &gt; 0 not for loan, &lt; 0 not for loan but holdable (e.g. on order).</summary>
    [JsonPropertyName("not_for_loan_status")] public int NotForLoanStatus { get; init; }

    [JsonPropertyName("damaged_status")] public int DamagedStatus { get; init; }

    [JsonPropertyName("lost_status")] public int LostStatus { get; init; }

    [JsonPropertyName("withdrawn")] public int Withdrawn { get; init; }

    /// <summary>Koha stores the due date here while the item is on loan (date only), null otherwise.</summary>
    [JsonPropertyName("checked_out_date")] public DateOnly? CheckedOutDate { get; init; }

    [JsonPropertyName("timestamp")] public DateTimeOffset Timestamp { get; init; }

    /// <summary>The current transfer, only when asked for with <c>x-koha-embed: transfer</c> (live availability); else null.</summary>
    [JsonPropertyName("transfer")] public KohaTransfer? Transfer { get; init; }
}
