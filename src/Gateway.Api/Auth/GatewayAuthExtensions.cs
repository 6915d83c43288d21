using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;

namespace Gateway.Api.Auth;

/// <summary>Wires who may call the gateway (decision 0037): clients and their keys, the scheme, the policies, the table.</summary>
internal static class GatewayAuthExtensions
{
    /// <summary>Adds the API key scheme, the policies, the proxy routes' policy and the validated client options.</summary>
    public static WebApplicationBuilder AddGatewayAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayAuthOptions>()
            .BindConfiguration(GatewayAuthOptions.SectionName)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GatewayAuthOptions>, GatewayAuthOptionsValidator>();
        builder.Services.AddSingleton<InProcessCaller>();
        builder.Services.AddSingleton<ClientKeys>();
        builder.Services.AddTransient<InProcessCallerHandler>();

        var jwt = builder.Configuration.GetSection(GatewayAuthOptions.SectionName + ":Jwt").Get<JwtOptions>() ?? new();
        var authentication = builder.Services.AddAuthentication(GatewaySchemes.Default)
            .AddPolicyScheme(GatewaySchemes.Default, "API key or JWT", o => GatewaySchemes.Configure(o, jwt.Enabled))
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName, configureOptions: null);
        if (jwt.Enabled)
        {
            authentication.AddJwtBearer(GatewaySchemes.Jwt, o =>
            {
                o.Authority = jwt.Authority;
                o.Audience = jwt.Audience;
                o.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.RoleClaimType = jwt.RoleClaim;
                o.TokenValidationParameters.NameClaimType = jwt.NameClaim;
                o.Events = JwtEvents.Create();
            });
        }

        builder.Services.AddAuthorization(GatewayPolicies.Add);
        builder.Services.AddSingleton<IAuthorizationHandler, PathAccessHandler>();
        builder.Services.AddSingleton<IProxyConfigFilter, ProxyRoutePolicyFilter>();
        return builder;
    }

    /// <summary>Authentication and authorization, after error handling and routing.</summary>
    public static WebApplication UseGatewayAuth(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<GatewayAuthOptions>>().Value is { Clients.Count: 0, Jwt.Enabled: false })
        {
            AuthLog.NoClients(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Api.Auth"));
        }

        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Whether <c>/health</c> shows each check's status and description: to operators only.</summary>
    public static bool ShowsHealthDetails(HttpContext http) => http.User.IsInRole(GatewayRoles.Operator);
}
