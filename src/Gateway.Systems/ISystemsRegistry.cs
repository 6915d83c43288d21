namespace Gateway.Systems;

/// <summary>The regional systems the gateway knows, validated at start-up.</summary>
public interface ISystemsRegistry
{
    /// <summary>Every system, ordered by id.</summary>
    IReadOnlyList<RegionalSystem> All { get; }

    /// <summary>The system with the id, or null.</summary>
    RegionalSystem? Find(string id);

    /// <summary>The enabled systems of a vendor.</summary>
    IEnumerable<RegionalSystem> EnabledOf(string vendor) =>
        All.Where(s => s.Enabled && string.Equals(s.Vendor, vendor, StringComparison.Ordinal));
}
