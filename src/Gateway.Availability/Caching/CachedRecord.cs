namespace Gateway.Availability.Caching;

/// <summary>One system's record in the cache: its items as last seen (immutable; replaced on every update).</summary>
/// <param name="SystemId">The system.</param>
/// <param name="VendorRecordId">The record's id in that system.</param>
/// <param name="Complete">True when a live answer gave every item; false when only events have been seen (other items may exist).</param>
/// <param name="LiveAsOf">When the last live answer was read, if any.</param>
/// <param name="Items">By vendor item id.</param>
internal sealed record CachedRecord(
    string SystemId, string VendorRecordId, bool Complete, DateTimeOffset? LiveAsOf, IReadOnlyDictionary<string, CachedItem> Items)
{
    /// <summary>How fresh the record is as a whole: its oldest item, or the live answer when it has none.</summary>
    public DateTimeOffset? AsOf => Items.Count == 0 ? LiveAsOf : Items.Values.Min(i => i.AsOf);
}
