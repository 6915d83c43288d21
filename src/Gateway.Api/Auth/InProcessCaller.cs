namespace Gateway.Api.Auth;

/// <summary>
/// The gateway's own identity when its availability service calls the adapter route of this same process over HTTP
/// (<c>Availability:InProcessAdapters=false</c>): a random key made in memory at each start, never configured, logged
/// or written anywhere, whose only role is <see cref="GatewayRoles.InProcess"/>.
/// </summary>
internal sealed class InProcessCaller
{
    public const string ClientName = "gateway-in-process";

    public InProcessCaller()
    {
        Key = ClientKeys.NewKey();
        KeyHash = ClientKeys.Hash(Key);
    }

    /// <summary>The key (memory only).</summary>
    public string Key { get; }

    public byte[] KeyHash { get; }
}
