namespace Gateway.Systems;

/// <summary>A validated regional system of the registry.</summary>
/// <param name="Id">The system's id, e.g. <c>koha-east</c>.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Vendor">One of <see cref="Vendors.All"/>.</param>
/// <param name="Region">The region slug.</param>
/// <param name="BaseUrl">The vendor API's base URL.</param>
/// <param name="Enabled">Whether adapters harvest it.</param>
/// <param name="Libraries">Its library services.</param>
public sealed record RegionalSystem(
    string Id, string Name, string Vendor, string Region, Uri BaseUrl, bool Enabled, IReadOnlyList<Library> Libraries);
