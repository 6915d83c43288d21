using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Koha.Auth;
using Gateway.Simulators.Koha.Cgi;
using Gateway.Simulators.Koha.Endpoints;
using Gateway.Simulators.Koha.Faults;
using Gateway.Simulators.Koha.Http;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Query;
using Gateway.Simulators.Koha.State;
using Gateway.Simulators.Koha.Webhooks;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha;

/// <summary>Registers and maps the Koha simulator: one host is one Koha instance.</summary>
internal static class KohaSimulatorExtensions
{
    public static IServiceCollection AddKohaSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KohaSimulatorOptions>()
            .Bind(configuration.GetSection(KohaSimulatorOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<KohaSimulatorOptions>, KohaSimulatorOptionsValidator>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(CatalogueFactory.Create);
        services.AddSingleton<SimulatorStats>();
        services.AddSingleton<TokenStore>();
        services.AddSingleton<KohaAuthentication>();
        services.AddSingleton<FaultState>();
        services.AddSingleton<WebhookLog>();
        services.AddSingleton<ChangeRunner>();
        services.AddHttpClient(WebhookSender.HttpClientName);
        services.AddHostedService<ChangeTicker>();
        services.AddHostedService<WebhookSender>();
        return services;
    }

    public static WebApplication MapKohaSimulator(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api/v1"), api =>
        {
            api.UseMiddleware<CallCountingMiddleware>();
            api.UseMiddleware<FaultMiddleware>();
            api.UseMiddleware<AuthMiddleware>();
        });
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/cgi-bin/koha"), cgi =>
        {
            cgi.UseMiddleware<CallCountingMiddleware>();
            cgi.UseMiddleware<FaultMiddleware>();
        });

        var v1 = app.MapGroup("/api/v1").AddEndpointFilter(KohaExceptionFilter);
        OAuthEndpoints.Map(v1);
        BiblioEndpoints.Map(v1);
        DeletedBiblioEndpoints.Map(v1);
        ItemEndpoints.Map(v1);
        LibraryEndpoints.Map(v1);
        PatronEndpoints.Map(v1);
        HoldEndpoints.Map(v1);
        CheckoutEndpoints.Map(v1);
        AuthorisedValueEndpoints.Map(v1);
        v1.MapFallback(() => KohaErrors.Error(StatusCodes.Status404NotFound, "Not found", "not_found"));
        IlsDiEndpoints.Map(app);
        OpacPages.Map(app);
        OaiPmhEndpoints.Map(app);
        SimAdminEndpoints.Map(app);
        return app;
    }

    /// <summary>Turns query-language and parameter failures into Koha's 400 bodies.</summary>
    private static async ValueTask<object?> KohaExceptionFilter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (InvalidQueryException e)
        {
            return KohaErrors.InvalidQuery(e.Message);
        }
        catch (BadParameterException e)
        {
            return KohaErrors.BadParameters(e);
        }
    }
}
