using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Messaging;

/// <summary>Wires the bus for whichever modules a host runs.</summary>
public static class MessagingExtensions
{
    /// <summary>Lets a module add its consumers and request clients; call before <see cref="AddGatewayMessaging"/>.</summary>
    public static IServiceCollection AddMessagingModule(
        this IServiceCollection services, Action<IBusRegistrationConfigurator> registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        Registry(services).Add(registration);
        return services;
    }

    /// <summary>
    /// Adds MassTransit with the transport named in <c>Messaging:Transport</c> and every module's consumers.
    /// Call once, after the modules.
    /// </summary>
    public static TBuilder AddGatewayMessaging<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var options = builder.Configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>() ?? new();
        var registry = Registry(builder.Services);

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.QueuePrefix, false));

            // MassTransit 8.4+ reports anonymous usage to usage-tracking.masstransit.io by default. Nothing leaves a
            // gateway process for a third party unasked (NHS data protection; it also logged a warning on every
            // host without internet access): off, whatever the transport, and MassTransit's variable cannot turn it on.
            UsageTelemetryGuard.EnsureOff(Environment.GetEnvironmentVariable(UsageTelemetryGuard.Variable));
            bus.DisableUsageTelemetry();
            registry.ApplyTo(bus);

            if (options.Transport == MessagingTransport.RabbitMq)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var rabbit = context.GetRequiredService<IOptions<MessagingOptions>>().Value.RabbitMq;
                    cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, h =>
                    {
                        h.Username(rabbit.Username);
                        h.Password(rabbit.Password);
                    });
                    cfg.UseCompactJson();
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                // One process: messages are handed to their consumers as objects (decision 0040).
                bus.UsingEmbeddedBus();
            }
        });

        return builder;
    }

    private static MessagingModuleRegistry Registry(IServiceCollection services)
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(MessagingModuleRegistry));
        if (existing?.ImplementationInstance is MessagingModuleRegistry registry)
        {
            return registry;
        }

        registry = new MessagingModuleRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
