using System.Text;
using Microsoft.Net.Http.Headers;

namespace Gateway.Api.Auth;

/// <summary>
/// What a request presents: a key from <c>Authorization: Bearer</c> or <c>X-Api-Key</c>, or a client name and key from
/// <c>Authorization: Basic</c>; or why what it presents cannot be read. Keys are never taken from the query string
/// (URLs end up in logs, proxies and browser history).
/// </summary>
/// <param name="Key">The key presented (null when unreadable).</param>
/// <param name="BasicName">The Basic user name, when Basic was used.</param>
/// <param name="Error">Why the credentials cannot be used, when they cannot.</param>
internal sealed record PresentedCredentials(string? Key, string? BasicName, AuthFailure? Error)
{
    public const string ApiKeyHeader = "X-Api-Key";

    public bool IsBasic => BasicName is not null;

    /// <summary>The request's credentials, or null when it presents none.</summary>
    public static PresentedCredentials? Read(HttpRequest request)
    {
        var authorization = request.Headers[HeaderNames.Authorization];
        var apiKey = request.Headers[ApiKeyHeader];
        if (authorization.Count == 0 && apiKey.Count == 0)
        {
            return null;
        }

        if (authorization.Count + apiKey.Count > 1)
        {
            return Failed(AuthFailure.Malformed);
        }

        if (apiKey.Count == 1)
        {
            return string.IsNullOrWhiteSpace(apiKey[0]) ? Failed(AuthFailure.Malformed) : new(apiKey[0]!.Trim(), null, null);
        }

        var value = authorization[0] ?? "";
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        var scheme = space < 0 ? value : value[..space];
        var parameter = space < 0 ? "" : value[(space + 1)..].Trim();
        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return parameter.Length == 0 ? Failed(AuthFailure.Malformed) : new(parameter, null, null);
        }

        return scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) ? ReadBasic(parameter) : Failed(AuthFailure.UnsupportedScheme);
    }

    private static PresentedCredentials ReadBasic(string parameter)
    {
        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Convert.FromBase64String(parameter));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return Failed(AuthFailure.Malformed);
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 || colon == decoded.Length - 1
            ? Failed(AuthFailure.Malformed)
            : new(decoded[(colon + 1)..], decoded[..colon], null);
    }

    private static PresentedCredentials Failed(AuthFailure error) => new(null, null, error);
}
