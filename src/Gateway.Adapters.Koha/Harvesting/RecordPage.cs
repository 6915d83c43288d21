using Gateway.Adapters.Koha.Vendor;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>One page of the records stream as read from Koha: its keys in keyset order and their MARC by biblio id.</summary>
internal sealed record RecordPage(IReadOnlyList<KohaBiblioKey> Keys, IReadOnlyDictionary<long, FetchedRecord> Records)
{
    public static readonly RecordPage Empty = new([], new Dictionary<long, FetchedRecord>());

    /// <summary>The keyset position after this page (its last key); only for a page with keys.</summary>
    public HarvestPosition Last => HarvestPositions.After(Keys[^1]);
}
