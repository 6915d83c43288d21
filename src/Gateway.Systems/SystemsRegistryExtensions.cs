using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Systems;

/// <summary>Registers the systems registry, validated at start-up.</summary>
public static class SystemsRegistryExtensions
{
    /// <summary>Binds the <c>Systems</c> section, validates it at start-up and registers <see cref="ISystemsRegistry"/>.</summary>
    public static IServiceCollection AddSystemsRegistry(this IServiceCollection services)
    {
        // Several modules ask for the registry; bind once, or list-valued settings would be bound again and again.
        if (services.Any(d => d.ServiceType == typeof(ISystemsRegistry)))
        {
            return services;
        }

        services.AddOptions<SystemsOptions>()
            .Configure<IConfiguration>((options, configuration) =>
                configuration.GetSection(SystemsOptions.SectionName).Bind(options.Systems))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SystemsOptions>, SystemsOptionsValidator>());
        services.AddSingleton<ISystemsRegistry, SystemsRegistry>();
        return services;
    }
}
