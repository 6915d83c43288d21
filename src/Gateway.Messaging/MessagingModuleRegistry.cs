using MassTransit;

namespace Gateway.Messaging;

/// <summary>
/// Collects the consumers and request clients that each module contributes, so that the bus is configured once
/// (MassTransit allows a single <c>AddMassTransit</c>) whichever modules a host runs.
/// </summary>
internal sealed class MessagingModuleRegistry
{
    private readonly List<Action<IBusRegistrationConfigurator>> _registrations = [];

    public void Add(Action<IBusRegistrationConfigurator> registration) => _registrations.Add(registration);

    public void ApplyTo(IBusRegistrationConfigurator configurator)
    {
        foreach (var registration in _registrations)
        {
            registration(configurator);
        }
    }
}
