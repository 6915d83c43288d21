using Gateway.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests;

/// <summary>The factory really runs the app on MassTransit's test harness.</summary>
public sealed class TestHarnessWiringTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public void App_bus_is_the_harness_bus()
    {
        var bus = factory.Services.GetRequiredService<IBus>();

        Assert.Same(factory.Harness.Bus, bus);
    }

    [Fact]
    public async Task Catalogue_consumer_handles_what_the_harness_publishes()
    {
        var message = RecordMessages.Changed("koha-midlands", "42", RecordMessages.T0);

        await factory.PublishAndConsumeAsync(message);

        Assert.True(factory.Harness.PublishedSoFar<Contracts.BibliographicRecordChanged>(m => m.Context.Message.CorrelationId == message.CorrelationId).Any());
    }
}
