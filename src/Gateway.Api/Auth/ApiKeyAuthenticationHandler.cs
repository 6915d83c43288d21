using System.Security.Claims;
using System.Text.Encodings.Web;
using Gateway.ServiceDefaults;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gateway.Api.Auth;

/// <summary>
/// The gateway's authentication scheme (decision 0037): a client's key as <c>Authorization: Bearer</c> or
/// <c>X-Api-Key</c>, or HTTP Basic (client name and key) where the <see cref="AccessTable"/> accepts it (<c>/oai</c>).
/// A refused request gets an RFC 9457 problem: 401 with <c>WWW-Authenticate</c>, or 403 for a client without the role.
/// Every refusal is logged (the client's name when known, never the key) and counted by reason.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ClientKeys keys,
    IOptions<GatewayAuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";

    private readonly ILogger _log = loggerFactory.CreateLogger("Gateway.Api.Auth");
    private AuthFailure? _failure;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedCredentials.Read(Request);
        if (presented is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (presented.Error is { } error)
        {
            return Task.FromResult(Refuse(error, presented.BasicName));
        }

        if (presented.IsBasic && !AccessTable.For(Request.Path).AllowsBasic)
        {
            return Task.FromResult(Refuse(AuthFailure.BasicNotAccepted, presented.BasicName));
        }

        var client = keys.Find(presented.Key!);
        if (client is null || (presented.IsBasic && !string.Equals(client.Name, presented.BasicName, StringComparison.Ordinal)))
        {
            return Task.FromResult(Refuse(AuthFailure.UnknownKey, presented.BasicName));
        }

        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, client.Name));
        identity.AddClaims(client.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var rule = AccessTable.For(Request.Path);
        var failure = _failure ?? AuthFailure.Missing;
        if (_failure is null)
        {
            Count(failure, client: null);
        }

        var realm = auth.Value.Realm;
        if (rule.AllowsBasic)
        {
            Response.Headers.Append(HeaderNames.WWWAuthenticate, $"Basic realm=\"{realm}\", charset=\"UTF-8\"");
        }

        Response.Headers.Append(HeaderNames.WWWAuthenticate, failure == AuthFailure.Missing
            ? $"Bearer realm=\"{realm}\""
            : $"Bearer realm=\"{realm}\", error=\"invalid_token\"");
        await AuthProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, ProblemTypes.Unauthorized, AuthProblems.Unauthorized(failure, rule));
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var rule = AccessTable.For(Request.Path);
        var client = Context.User.Identity?.Name ?? "?";
        var role = rule.Role ?? GatewayRoles.Operator;
        AuthMetrics.Count(AuthFailure.Forbidden);
        AuthLog.Forbidden(_log, Request.Method, Request.Path, client, role);
        await AuthProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, ProblemTypes.Forbidden,
            $"Client '{client}' does not have the role '{role}' that '{Request.Path}' needs; an administrator grants roles in Gateway:Auth:Clients:{client}:Roles.");
    }

    private AuthenticateResult Refuse(AuthFailure failure, string? client)
    {
        _failure = failure;
        Count(failure, client);

        // The message reaches ASP.NET Core's own debug log: the reason only, never what was presented.
        return AuthenticateResult.Fail(failure.Name());
    }

    private void Count(AuthFailure failure, string? client)
    {
        AuthMetrics.Count(failure);
        AuthLog.Refused(_log, Request.Method, Request.Path, failure.Name(), client ?? "unknown");
    }
}
