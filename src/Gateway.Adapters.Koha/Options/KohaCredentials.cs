namespace Gateway.Adapters.Koha.Options;

/// <summary>OAuth2 client credentials of a Koha API key (Koha: staff user → API keys).</summary>
public sealed class KohaCredentials
{
    /// <summary>Required. The client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>Required. The client secret. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"ClientId={ClientId}, ClientSecret=***";
}
