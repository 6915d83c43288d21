namespace Gateway.Adapters.Koha.Tests;

/// <summary>The configuration the adapter's test hosts share: koha-east (one library) on the simulator, a checkpoint file, no settle time.</summary>
internal static class AdapterTestSettings
{
    /// <summary>koha-east at <paramref name="simulator"/>'s address with the client <c>gateway</c>; the checkpoint in <paramref name="statePath"/>.</summary>
    public static Dictionary<string, string?> EastSystem(SimulatorFactory simulator, string statePath, string secret) => new()
    {
        ["Systems:koha-east:Name"] = "East",
        ["Systems:koha-east:Vendor"] = "koha",
        ["Systems:koha-east:Region"] = "east-of-england",
        ["Systems:koha-east:BaseUrl"] = simulator.Server.BaseAddress.ToString(),
        ["Systems:koha-east:Libraries:0:Code"] = "ADD",
        ["Systems:koha-east:Libraries:0:Name"] = "Addenbrooke's",
        ["KohaAdapter:SettleTime"] = "00:00:00",
        ["KohaAdapter:StateConnectionString"] = $"Data Source={statePath}",
        ["KohaAdapter:Credentials:koha-east:ClientId"] = "gateway",
        ["KohaAdapter:Credentials:koha-east:ClientSecret"] = secret,
    };
}
