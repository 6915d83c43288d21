using System.Globalization;
using Gateway.Adapters.Koha.Vendor;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>Keyset positions from Koha keys.</summary>
internal static class HarvestPositions
{
    /// <summary>The position just after a key: its timestamp (UTC) and biblio id.</summary>
    public static HarvestPosition After(KohaBiblioKey key) =>
        new(key.Timestamp.ToUniversalTime(), key.BiblioId.ToString(CultureInfo.InvariantCulture));
}
