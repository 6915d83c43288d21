using Gateway.Adapters.Koha.Harvesting;
using Gateway.Systems;

namespace Gateway.Api.Endpoints;

/// <summary>A regional system as the hub and operators see it. The vendor's address and credentials stay private.</summary>
/// <param name="Id">The system's id, used in record ids and filters.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Vendor">koha, axiell or oclc.</param>
/// <param name="Region">The NHS region it serves.</param>
/// <param name="Enabled">Whether it is harvested.</param>
/// <param name="Libraries">Its library services.</param>
/// <param name="Harvest">The latest harvest status when this process runs its adapter, else null.</param>
internal sealed record SystemResponse(
    string Id, string Name, string Vendor, string Region, bool Enabled, IReadOnlyList<Library> Libraries, SystemHarvestStatus? Harvest)
{
    public static SystemResponse From(RegionalSystem system, HarvestStatusBoard? board) =>
        new(system.Id, system.Name, system.Vendor, system.Region, system.Enabled, system.Libraries,
            board?.Current.GetValueOrDefault(system.Id));
}
