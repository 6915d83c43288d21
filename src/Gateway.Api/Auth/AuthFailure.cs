namespace Gateway.Api.Auth;

/// <summary>Why a request was not let through (the <c>reason</c> tag of <c>gateway.auth.failures</c>).</summary>
internal enum AuthFailure
{
    /// <summary>No credentials on a path that needs a key.</summary>
    Missing,

    /// <summary>An <c>Authorization</c> header that could not be read (empty key, bad Basic encoding, two keys).</summary>
    Malformed,

    /// <summary>An <c>Authorization</c> scheme other than Bearer (or Basic where it is accepted).</summary>
    UnsupportedScheme,

    /// <summary>HTTP Basic on a path other than <c>/oai</c>.</summary>
    BasicNotAccepted,

    /// <summary>A key no client has (or a Basic user name that is not the key's client).</summary>
    UnknownKey,

    /// <summary>A JWT that did not validate (signature, issuer, audience, lifetime).</summary>
    InvalidToken,

    /// <summary>A known client without the role the path needs.</summary>
    Forbidden,
}

/// <summary>The metric and log spelling of <see cref="AuthFailure"/>.</summary>
internal static class AuthFailureNames
{
    public static string Name(this AuthFailure failure) => failure switch
    {
        AuthFailure.Missing => "missing",
        AuthFailure.Malformed => "malformed",
        AuthFailure.UnsupportedScheme => "unsupported_scheme",
        AuthFailure.BasicNotAccepted => "basic_not_accepted",
        AuthFailure.UnknownKey => "unknown_key",
        AuthFailure.InvalidToken => "invalid_token",
        _ => "forbidden",
    };
}
