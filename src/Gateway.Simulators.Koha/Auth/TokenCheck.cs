namespace Gateway.Simulators.Koha.Auth;

/// <summary>What a presented bearer token turned out to be.</summary>
internal enum TokenCheck
{
    Valid,
    Unknown,
    Expired,

    /// <summary>Past the request budget of the expireTokensAfterRequests fault.</summary>
    UsedUp,
}
