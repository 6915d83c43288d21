namespace Gateway.Availability.Resolution;

/// <summary>One system's copy of a record and the libraries the catalogue knows hold items of it.</summary>
/// <param name="SystemId">The regional system.</param>
/// <param name="VendorRecordId">The record's id in that system (what the adapter is asked for).</param>
/// <param name="LibraryCodes">Libraries with items of it in the catalogue (may be empty: the live answer names them).</param>
public sealed record SourceHolding(string SystemId, string VendorRecordId, IReadOnlyList<string> LibraryCodes);
