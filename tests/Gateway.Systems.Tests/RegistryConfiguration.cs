using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Systems.Tests;

/// <summary>Builds the registry from in-memory settings, the way a host does.</summary>
internal static class RegistryConfiguration
{
    /// <summary>Settings of one valid system, <c>Systems:{id}:...</c>, with the given libraries.</summary>
    public static Dictionary<string, string?> ValidSystem(string id = "koha-east", params string[] libraryCodes)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [$"Systems:{id}:Name"] = $"System {id}",
            [$"Systems:{id}:Vendor"] = Vendors.Koha,
            [$"Systems:{id}:Region"] = "east-of-england",
            [$"Systems:{id}:BaseUrl"] = "https://koha.example.test",
        };
        var codes = libraryCodes.Length == 0 ? ["ADD"] : libraryCodes;
        for (var i = 0; i < codes.Length; i++)
        {
            settings[$"Systems:{id}:Libraries:{i}:Code"] = codes[i];
            settings[$"Systems:{id}:Libraries:{i}:Name"] = $"Library {codes[i]}";
        }

        return settings;
    }

    /// <summary>A copy of <paramref name="settings"/> with <paramref name="key"/> set (or removed when null).</summary>
    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, string key, string? value)
    {
        var copy = new Dictionary<string, string?>(settings, StringComparer.Ordinal);
        if (value is null)
        {
            copy.Remove(key);
        }
        else
        {
            copy[key] = value;
        }

        return copy;
    }

    /// <summary>A service provider with the registry added <paramref name="registrations"/> times.</summary>
    public static ServiceProvider Services(IReadOnlyDictionary<string, string?> settings, int registrations = 1)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        for (var i = 0; i < registrations; i++)
        {
            services.AddSystemsRegistry();
        }

        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>The validation failures of the settings (empty when they are valid).</summary>
    public static IReadOnlyList<string> Failures(IReadOnlyDictionary<string, string?> settings, int registrations = 1)
    {
        using var provider = Services(settings, registrations);
        try
        {
            _ = provider.GetRequiredService<IOptions<SystemsOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return [.. ex.Failures];
        }
    }
}
