using System.Collections.Concurrent;
using Gateway.Contracts;
using Gateway.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// The catalogue on the embedded default's bus (<c>AddGatewayMessaging</c> with no messaging configuration and no test
/// harness, decision 0040): its ingest consumer receives an adapter's page as the very object that was published,
/// never as JSON, and stores every record of it.
/// </summary>
public sealed class EmbeddedHandOverTests
{
    [Fact]
    public async Task The_ingest_consumer_receives_the_published_page_itself_and_stores_its_records()
    {
        var seen = new ConsumedPages();
        await using var host = await OaiTestHost.StartAsync(testHarness: false,
            services: s => s.AddSingleton(seen).AddConsumeObserver<ConsumedPagesObserver>());
        var page = new BibliographicRecordsChanged
        {
            SystemId = "koha-east",
            CorrelationId = Guid.NewGuid(),
            Records = [Messages.Changed("1", Messages.T0), Messages.Changed("2", Messages.T0.AddMinutes(1), "Surgical anatomy")],
        };

        await host.Services.GetRequiredService<IBus>().Publish(page, TestContext.Current.CancellationToken);

        var consumed = await seen.Done.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Null(seen.Fault);
        Assert.Same(page, consumed.Message);
        Assert.Equal(InProcessHandOver.ContentTypeName, consumed.ReceiveContext.ContentType?.MediaType);
        var stored = await host.QueryAsync(db => db.SourceRecords
            .Select(r => new { r.SystemId, r.VendorRecordId, r.Title }).OrderBy(r => r.VendorRecordId).ToListAsync());
        Assert.Equal([("koha-east", "1", "Clinical medicine"), ("koha-east", "2", "Surgical anatomy")],
            stored.Select(r => (r.SystemId, r.VendorRecordId, r.Title)));
    }

    /// <summary>The page the catalogue's consumer finished with, and its fault if it failed.</summary>
    private sealed class ConsumedPages
    {
        public TaskCompletionSource<ConsumeContext<BibliographicRecordsChanged>> Done { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Exception? Fault { get; set; }
    }

    private sealed class ConsumedPagesObserver(ConsumedPages seen) : IConsumeObserver
    {
        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context is ConsumeContext<BibliographicRecordsChanged> page)
            {
                seen.Done.TrySetResult(page);
            }

            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
        {
            if (context is ConsumeContext<BibliographicRecordsChanged> page)
            {
                seen.Fault = exception;
                seen.Done.TrySetResult(page);
            }

            return Task.CompletedTask;
        }
    }
}
