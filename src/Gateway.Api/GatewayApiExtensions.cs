using Gateway.Adapters.Koha;
using Gateway.Api.Endpoints;
using Gateway.Api.Options;
using Gateway.Availability;
using Gateway.Catalogue;
using Gateway.Messaging;
using Gateway.ServiceDefaults;
using Gateway.Systems;
using Scalar.AspNetCore;

namespace Gateway.Api;

/// <summary>Wires the gateway: registry, reverse proxy, OpenAPI, error handling and the in-process modules.</summary>
internal static class GatewayApiExtensions
{
    public static WebApplicationBuilder AddGatewayApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSystemsRegistry();
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<GatewayOpenApiDocument>());

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
        }

        if (modules.Catalogue || modules.KohaAdapter || modules.Availability)
        {
            builder.AddGatewayMessaging();
        }

        return builder;
    }

    public static WebApplication MapGatewayApi(this WebApplication app)
    {
        app.UseGatewayErrorHandling();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", options => options
            .WithTitle("Library Hub Gateway API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"));

        app.MapSystemsApi();
        var modules = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ModulesOptions>>().Value;
        if (modules.Catalogue)
        {
            app.MapCatalogue();
        }

        if (modules.KohaAdapter)
        {
            app.MapKohaAdapter();
        }

        if (modules.Availability)
        {
            app.MapAvailability();
        }

        app.MapReverseProxy();
        return app;
    }
}
