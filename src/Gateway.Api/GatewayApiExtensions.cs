using Gateway.Adapters.Koha;
using Gateway.Api.Auth;
using Gateway.Api.Endpoints;
using Gateway.Api.Options;
using Gateway.Availability;
using Gateway.Catalogue;
using Gateway.Messaging;
using Gateway.ServiceDefaults;
using Gateway.Systems;
using Scalar.AspNetCore;

namespace Gateway.Api;

/// <summary>
/// Wires the gateway: registry, reverse proxy, OpenAPI, error handling, who may call what (decision 0037) and the
/// in-process modules.
/// </summary>
internal static class GatewayApiExtensions
{
    public static WebApplicationBuilder AddGatewayApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSystemsRegistry();
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        builder.Services.AddOpenApi(options => options
            .AddDocumentTransformer<GatewayOpenApiDocument>()
            .AddDocumentTransformer<AccessOpenApiDocument>());
        builder.AddGatewayAuth();

        var modules = builder.Configuration.GetSection(ModulesOptions.SectionName).Get<ModulesOptions>() ?? new();
        builder.Services.Configure<ModulesOptions>(builder.Configuration.GetSection(ModulesOptions.SectionName));
        if (modules.Catalogue)
        {
            builder.AddCatalogue();
        }

        if (modules.KohaAdapter)
        {
            builder.AddKohaAdapter();
        }

        if (modules.Availability)
        {
            builder.AddAvailability();
            if (modules.Catalogue)
            {
                builder.Services.AddCatalogueRecordSources();
            }

            if (modules.KohaAdapter)
            {
                // Asked over HTTP (Availability:InProcessAdapters=false), the adapter route is this gateway's own.
                builder.Services.AddHttpClient(Gateway.Availability.Adapters.AdapterClient.HttpClientName)
                    .AddHttpMessageHandler<InProcessCallerHandler>();
            }
        }

        if (modules.Catalogue || modules.KohaAdapter || modules.Availability)
        {
            builder.AddGatewayMessaging();
        }

        return builder;
    }

    /// <summary>
    /// Maps every endpoint in one group whose convention gives each the policy of the <see cref="AccessTable"/>, and the
    /// proxied routes (each given the per-path policy by <see cref="ProxyRoutePolicyFilter"/>).
    /// </summary>
    public static WebApplication MapGatewayApi(this WebApplication app)
    {
        app.UseGatewayErrorHandling();
        app.UseGatewayAuth();

        var api = app.MapGroup("").RequireAccessFromTable();
        api.MapOpenApi("/openapi/{documentName}.json");
        api.MapScalarApiReference("/docs", options => options
            .WithTitle("Library Hub Gateway API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));

        api.MapSystemsApi();
        var modules = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ModulesOptions>>().Value;
        if (modules.Catalogue)
        {
            api.MapCatalogue();
        }

        if (modules.KohaAdapter)
        {
            api.MapKohaAdapter();
        }

        if (modules.Availability)
        {
            api.MapAvailability();
        }

        api.MapDefaultEndpoints(GatewayAuthExtensions.ShowsHealthDetails);
        app.MapReverseProxy();
        return app;
    }
}
