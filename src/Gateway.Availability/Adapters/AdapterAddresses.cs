using Gateway.Availability.Options;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Gateway.Availability.Adapters;

/// <summary>
/// Where each vendor's adapter answers: <see cref="AvailabilityOptions.AdapterUrls"/>, else this process's own first
/// address (the embedded default hosts the adapters in the gateway), else <c>http://localhost/</c>.
/// </summary>
internal sealed class AdapterAddresses(IOptions<AvailabilityOptions> options, IServer server)
{
    private Uri? _self;

    public Uri For(string vendor) =>
        options.Value.AdapterUrls.TryGetValue(vendor, out var url) ? url : _self ??= Self();

    private Uri Self()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return new Uri("http://localhost/");
        }

        // Kestrel reports wildcard bindings as http://[::]:5080 or http://+:5080; call the loopback instead.
        var text = address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal);
        return new Uri(text.EndsWith('/') ? text : text + "/");
    }
}
