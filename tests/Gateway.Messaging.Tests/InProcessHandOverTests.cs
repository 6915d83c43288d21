using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Contracts;
using MassTransit;
using MassTransit.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Messaging.Tests;

/// <summary>
/// The embedded default's bus (decision 0040): a page reaches its consumer as the object that was published, never
/// written as JSON; its context, tracing and ordering are MassTransit's; a page that keeps failing is retried and then
/// dead-lettered as MassTransit's JSON with the fault's reason, readable by any JSON consumer.
/// </summary>
public sealed class InProcessHandOverTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_page_reaches_its_consumer_as_the_published_instance_without_being_serialised()
    {
        await using var bus = await EmbeddedBus.StartAsync();
        var page = Pages.Page();
        var messageId = NewId.NextGuid();

        await bus.Bus.Publish(page, c => c.MessageId = messageId, TestContext.Current.CancellationToken);

        var consumed = await bus.Received.FirstConsumed.Task.WaitAsync(Wait, TestContext.Current.CancellationToken);
        Assert.Same(page, consumed.Message);
        Assert.Same(page.Records, consumed.Message.Records);
        Assert.Equal(InProcessHandOver.ContentTypeName, consumed.ReceiveContext.ContentType?.MediaType);
        var body = consumed.ReceiveContext.Body.GetString();
        Assert.DoesNotContain("Title 1", body, StringComparison.Ordinal); // no JSON of the page anywhere in the body
        Assert.Equal(messageId, consumed.MessageId);
        Assert.NotNull(consumed.SourceAddress);
        Assert.Equal(EmbeddedBus.QueueName, consumed.ReceiveContext.InputAddress.AbsolutePath.Trim('/'));
    }

    [Fact]
    public async Task A_request_and_its_response_are_handed_over_as_objects_too()
    {
        await using var bus = await EmbeddedBus.StartAsync();
        var request = new GetIngestWatermark { SystemId = "koha-east", Stream = "records" };
        using var scope = bus.Services.CreateScope();
        var client = scope.ServiceProvider.GetRequiredService<IRequestClient<GetIngestWatermark>>();

        var response = await client.GetResponse<IngestWatermark>(request, TestContext.Current.CancellationToken);

        Assert.Same(request, bus.Received.Asked);
        Assert.Same(bus.Received.Watermark, response.Message);
    }

    [Fact]
    public async Task Pages_arrive_in_the_order_they_were_published()
    {
        await using var bus = await EmbeddedBus.StartAsync();
        var pages = Enumerable.Range(1, 20).Select(i => Pages.Page($"koha-{i:00}", 1)).ToList();

        foreach (var page in pages)
        {
            await bus.Bus.Publish(page, TestContext.Current.CancellationToken);
        }

        var deadline = DateTime.UtcNow + Wait;
        while (bus.Received.Consumed.Count < pages.Count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.Equal(pages, bus.Received.Consumed.Select(c => c.Message)); // the same instances, in publish order
    }

    [Fact]
    public async Task The_consumer_runs_in_the_publisher_s_trace()
    {
        using var source = new ActivitySource("Gateway.Messaging.Tests");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is "Gateway.Messaging.Tests" or "MassTransit",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        await using var bus = await EmbeddedBus.StartAsync();

        ActivityTraceId trace;
        using (var harvest = source.StartActivity("harvest run"))
        {
            Assert.NotNull(harvest);
            trace = harvest.TraceId;
            await bus.Bus.Publish(Pages.Page(), TestContext.Current.CancellationToken);
        }

        await bus.Received.FirstConsumed.Task.WaitAsync(Wait, TestContext.Current.CancellationToken);
        Assert.Equal(trace, Assert.Single(bus.Received.ConsumeTraces));
    }

    [Fact]
    public async Task A_page_that_keeps_failing_is_retried_then_dead_lettered_as_json_with_its_reason()
    {
        await using var bus = await EmbeddedBus.StartAsync(failing: true);
        var page = Pages.Page();

        await bus.Bus.Publish(page, TestContext.Current.CancellationToken);

        var dead = await bus.Received.DeadLettered.Task.WaitAsync(Wait, TestContext.Current.CancellationToken);
        Assert.Equal(3, bus.Received.Consumed.Count); // the first delivery and two retries in place
        Assert.All(bus.Received.Consumed, c => Assert.Same(page, c.Message));

        // What lands in hand-over-pages_error is MassTransit's JSON, read back by its JSON deserializer: a copy, equal.
        Assert.Equal("application/vnd.masstransit+json", dead.ReceiveContext.ContentType?.MediaType);
        Assert.NotSame(page, dead.Message);
        Assert.Equal(page.SystemId, dead.Message.SystemId);
        Assert.Equal(page.Records, dead.Message.Records.ToList(), RecordEquality.Instance);
        var envelope = JsonNode.Parse(dead.ReceiveContext.Body.GetString())!;
        Assert.True(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(page, SystemTextJsonMessageSerializer.Options), envelope["message"]));
        Assert.Equal("urn:message:Gateway.Contracts:BibliographicRecordsChanged", envelope["messageType"]![0]!.GetValue<string>());
        Assert.DoesNotContain('\n', dead.ReceiveContext.Body.GetString()); // compact, as the bus's JSON (decision 0028)

        // The reason, in MassTransit's fault headers.
        Assert.Equal("Page of koha-east refused on purpose.", dead.ReceiveContext.TransportHeaders.Get<string>(MessageHeaders.FaultMessage));
        Assert.Equal("fault", dead.ReceiveContext.TransportHeaders.Get<string>(MessageHeaders.Reason));
        Assert.Contains("InvalidOperationException", dead.ReceiveContext.TransportHeaders.Get<string>(MessageHeaders.FaultExceptionType), StringComparison.Ordinal);
        Assert.Equal(bus.Received.Consumed.First().MessageId, dead.MessageId);
    }

    [Fact]
    public async Task A_message_its_endpoint_does_not_consume_is_moved_to_skipped_as_json()
    {
        await using var bus = await EmbeddedBus.StartAsync();
        var items = new ItemsChanged { SystemId = "koha-east", Changes = [], CorrelationId = Guid.NewGuid() };
        var endpoint = await bus.Bus.GetSendEndpoint(new Uri($"queue:{EmbeddedBus.QueueName}"));

        await endpoint.Send(items, TestContext.Current.CancellationToken);

        var skipped = await bus.Received.Skipped.Task.WaitAsync(Wait, TestContext.Current.CancellationToken);
        Assert.Equal("application/vnd.masstransit+json", skipped.ReceiveContext.ContentType?.MediaType);
        Assert.NotSame(items, skipped.Message);
        Assert.Equal(items.CorrelationId, skipped.Message.CorrelationId);
        var envelope = JsonNode.Parse(skipped.ReceiveContext.Body.GetString())!;
        Assert.Equal("urn:message:Gateway.Contracts:ItemsChanged", envelope["messageType"]![0]!.GetValue<string>());
        Assert.Empty(bus.Received.Consumed);
    }

    /// <summary>Records compared by value, their description by its title (the description is a record with lists).</summary>
    private sealed class RecordEquality : IEqualityComparer<BibliographicRecordChanged>
    {
        public static readonly RecordEquality Instance = new();

        public bool Equals(BibliographicRecordChanged? x, BibliographicRecordChanged? y) =>
            x is not null && y is not null && x.SystemId == y.SystemId && x.VendorRecordId == y.VendorRecordId
            && x.SourceTimestamp == y.SourceTimestamp && x.CorrelationId == y.CorrelationId && x.MarcXml == y.MarcXml
            && x.Description.Title == y.Description.Title;

        public int GetHashCode(BibliographicRecordChanged obj) => HashCode.Combine(obj.SystemId, obj.VendorRecordId);
    }
}
