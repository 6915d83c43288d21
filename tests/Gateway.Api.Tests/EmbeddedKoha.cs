using Gateway.Adapters.Koha.Vendor;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests;

/// <summary>
/// The embedded default with the Koha adapter on: one Koha simulator in the test process as <c>koha-east</c> (the other
/// demo systems disabled), the adapter polling it fast with no settle time.
/// </summary>
internal static class EmbeddedKoha
{
    public static GatewayFactory Gateway(KohaSimulatorFactory simulator, string secret) =>
        GatewayFactory.With(Settings(simulator, secret), services => services
            .AddHttpClient(KohaApiClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => simulator.Server.CreateHandler()));

    private static Dictionary<string, string?> Settings(KohaSimulatorFactory simulator, string secret) => new()
    {
        ["Modules:KohaAdapter"] = "true",
        ["Systems:koha-east:BaseUrl"] = simulator.Server.BaseAddress.ToString(),
        ["Systems:koha-london:Enabled"] = "false",
        ["Systems:koha-midlands:Enabled"] = "false",
        ["KohaAdapter:Credentials:koha-east:ClientId"] = "gateway",
        ["KohaAdapter:Credentials:koha-east:ClientSecret"] = secret,
        ["KohaAdapter:PageSize"] = "50",
        ["KohaAdapter:SettleTime"] = "00:00:00",
        ["KohaAdapter:PollInterval"] = "00:00:00.200",
    };
}
