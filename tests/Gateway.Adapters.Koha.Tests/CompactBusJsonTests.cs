using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Adapters.Koha.Mapping;
using Gateway.Contracts;
using Gateway.Marc;
using Gateway.Messaging;
using MassTransit;
using MassTransit.Serialization;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>
/// A page of records on a bus set up with <see cref="CompactJson.UseCompactJson"/> (as the gateway's is, decision 0028)
/// travels as JSON without indentation that holds exactly the page: the same envelope and message, only less
/// whitespace.
/// </summary>
public sealed class CompactBusJsonTests
{
    [Fact]
    public async Task A_page_travels_as_compact_json_holding_the_same_message()
    {
        await using var provider = new ServiceCollection()
            .AddMassTransitTestHarness(bus =>
            {
                bus.AddConsumer<PageConsumer>();
                bus.UsingInMemory((context, cfg) =>
                {
                    cfg.UseCompactJson();
                    cfg.ConfigureEndpoints(context);
                });
            })
            .BuildServiceProvider(validateScopes: true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var page = Page();

        await harness.Bus.Publish(page, TestContext.Current.CancellationToken);

        Assert.True(await harness.Consumed.Any<BibliographicRecordsChanged>(TestContext.Current.CancellationToken));
        var consumed = harness.Consumed.Select<BibliographicRecordsChanged>(TestContext.Current.CancellationToken).Single().Context;
        var body = consumed.ReceiveContext.Body.GetString();
        Assert.DoesNotContain('\n', body); // indented JSON has a line a property; the MARCXML's new lines are escaped
        var message = JsonNode.Parse(body)!["message"];
        Assert.True(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(page, SystemTextJsonMessageSerializer.Options), message));
        Assert.Equal(page.Records.Select(r => r.MarcXml), consumed.Message.Records.Select(r => r.MarcXml));
        Assert.Equal(page.Records.Select(r => r.Description.Title), consumed.Message.Records.Select(r => r.Description.Title));
    }

    private static BibliographicRecordsChanged Page()
    {
        var correlation = Guid.Parse("6c1f0a57-8a3e-4a52-9d0e-3f1b2c4d5e6f");
        var at = new DateTimeOffset(2026, 3, 1, 10, 15, 0, TimeSpan.Zero);
        var records = Enumerable.Range(1, 3).Select(i => KohaRecordMapper.ToChanged("koha-east", i, at.AddMinutes(i), new MarcRecord("00000nam a2200000 a 4500",
        [
            new ControlField("001", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new DataField("245", '1', '0', [new Subfield('a', $"Title {i} \"quoted\" & <angled> /"), new Subfield('b', "line\nbreak é 🩺")]),
        ]), correlation)).ToList();
        return new BibliographicRecordsChanged { SystemId = "koha-east", CorrelationId = correlation, Records = records };
    }

    /// <summary>Consumes pages so the harness sees them delivered.</summary>
    private sealed class PageConsumer : IConsumer<BibliographicRecordsChanged>
    {
        public Task Consume(ConsumeContext<BibliographicRecordsChanged> context) => Task.CompletedTask;
    }
}
