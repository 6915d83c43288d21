using System.Text.Json.Serialization;

namespace Gateway.Systems;

/// <summary>Where a user goes to see, reserve or borrow a record from one library; null where the library has no such page.</summary>
/// <param name="Record">The record's page in the library's public catalogue.</param>
/// <param name="Hold">The place-a-hold page.</param>
/// <param name="InterlibraryLoan">The interlibrary-loan request form.</param>
public sealed record RequestLinks(Uri? Record, Uri? Hold, Uri? InterlibraryLoan)
{
    /// <summary>True when there is no link at all.</summary>
    [JsonIgnore]
    public bool IsEmpty => Record is null && Hold is null && InterlibraryLoan is null;
}
