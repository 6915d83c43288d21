using Microsoft.Extensions.Options;

namespace Gateway.Systems;

/// <summary>The registry built from validated <see cref="SystemsOptions"/>.</summary>
internal sealed class SystemsRegistry(IOptions<SystemsOptions> options) : ISystemsRegistry
{
    private readonly Lazy<Dictionary<string, RegionalSystem>> _systems = new(() => Build(options.Value));

    public IReadOnlyList<RegionalSystem> All => [.. _systems.Value.Values.OrderBy(s => s.Id, StringComparer.Ordinal)];

    public RegionalSystem? Find(string id) => _systems.Value.GetValueOrDefault(id);

    private static Dictionary<string, RegionalSystem> Build(SystemsOptions options) =>
        options.Systems.ToDictionary(
            pair => pair.Key,
            pair => new RegionalSystem(
                pair.Key,
                pair.Value.Name!,
                pair.Value.Vendor!,
                pair.Value.Region!,
                new Uri(pair.Value.BaseUrl!, UriKind.Absolute),
                pair.Value.Enabled,
                [.. pair.Value.Libraries.Select(l => new Library(l.Code!, l.Name!, Templates(pair.Value.RequestLinks, l.RequestLinks)))]),
            StringComparer.Ordinal);

    private static RequestLinkTemplates Templates(RequestLinkOptions? system, RequestLinkOptions? library) => new(
        library?.Record ?? system?.Record,
        library?.Hold ?? system?.Hold,
        library?.InterlibraryLoan ?? system?.InterlibraryLoan);
}
