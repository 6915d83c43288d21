using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Systems.Tests;

/// <summary><see cref="SystemsRegistryExtensions.AddSystemsRegistry"/> and the registry it builds.</summary>
public sealed class SystemsRegistryTests
{
    [Fact]
    public void Adding_the_registry_three_times_binds_list_settings_once()
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east", "ADD", "NNUH");
        using var provider = RegistryConfiguration.Services(settings, registrations: 3);

        var system = provider.GetRequiredService<ISystemsRegistry>().Find("koha-east");

        Assert.NotNull(system);
        Assert.Equal(["ADD", "NNUH"], system.Libraries.Select(l => l.Code));
    }

    [Fact]
    public void Adding_the_registry_three_times_reports_each_failure_once()
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east").With("Systems:koha-east:Vendor", "sirsi");

        Assert.Equal(
            RegistryConfiguration.Failures(settings, registrations: 1),
            RegistryConfiguration.Failures(settings, registrations: 3));
        Assert.Single(RegistryConfiguration.Failures(settings, registrations: 3));
    }

    [Fact]
    public void Adding_the_registry_three_times_registers_one_registry_and_one_validator()
    {
        var services = new ServiceCollection();

        services.AddSystemsRegistry().AddSystemsRegistry().AddSystemsRegistry();

        Assert.Single(services, d => d.ServiceType == typeof(ISystemsRegistry));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<SystemsOptions>));
    }

    [Fact]
    public void Registry_holds_each_configured_system_ordered_by_id()
    {
        var settings = RegistryConfiguration.ValidSystem("koha-london", "BARTS")
            .Concat(RegistryConfiguration.ValidSystem("axiell-swims", "RD"))
            .Concat(RegistryConfiguration.ValidSystem("koha-east", "ADD"))
            .ToDictionary(StringComparer.Ordinal);
        using var provider = RegistryConfiguration.Services(settings);

        var registry = provider.GetRequiredService<ISystemsRegistry>();

        Assert.Equal(["axiell-swims", "koha-east", "koha-london"], registry.All.Select(s => s.Id));
        var east = registry.Find("koha-east");
        Assert.NotNull(east);
        Assert.Equal(settings["Systems:koha-east:Name"], east.Name);
        Assert.Equal(settings["Systems:koha-east:Region"], east.Region);
        Assert.Equal(new Uri(settings["Systems:koha-east:BaseUrl"]!), east.BaseUrl);
        Assert.True(east.Enabled);
        Assert.Equal([new Library("ADD", settings["Systems:koha-east:Libraries:0:Name"]!)], east.Libraries);
    }

    [Fact]
    public void Unknown_id_is_not_found()
    {
        using var provider = RegistryConfiguration.Services(RegistryConfiguration.ValidSystem("koha-east"));

        Assert.Null(provider.GetRequiredService<ISystemsRegistry>().Find("koha-west"));
    }

    [Fact]
    public void Enabled_systems_of_a_vendor_leave_out_disabled_systems_and_other_vendors()
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east")
            .Concat(RegistryConfiguration.ValidSystem("koha-london"))
            .Concat(RegistryConfiguration.ValidSystem("oclc-northeast"))
            .ToDictionary(StringComparer.Ordinal)
            .With("Systems:koha-london:Enabled", "false")
            .With("Systems:oclc-northeast:Vendor", Vendors.Oclc);
        using var provider = RegistryConfiguration.Services(settings);

        var registry = provider.GetRequiredService<ISystemsRegistry>();

        Assert.Equal(["koha-east"], registry.EnabledOf(Vendors.Koha).Select(s => s.Id));
        Assert.Equal(["oclc-northeast"], registry.EnabledOf(Vendors.Oclc).Select(s => s.Id));
        Assert.False(registry.Find("koha-london")!.Enabled);
    }
}
