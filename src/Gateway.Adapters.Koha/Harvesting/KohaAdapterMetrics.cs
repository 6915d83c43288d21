using System.Diagnostics.Metrics;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>The adapter's counters (meter <c>Gateway</c>), tagged by system.</summary>
internal static class KohaAdapterMetrics
{
    private static readonly Meter Meter = new("Gateway");

    public static Counter<long> Published { get; } =
        Meter.CreateCounter<long>("gateway.adapter.messages.published", description: "Changes published by the Koha adapter, one a record, deletion or item (a page of records is one message on the bus)");

    public static Counter<long> Skipped { get; } =
        Meter.CreateCounter<long>("gateway.adapter.records.skipped", description: "Records skipped with a reason");

    public static Counter<long> Failures { get; } =
        Meter.CreateCounter<long>("gateway.adapter.harvest.failures", description: "Harvest attempts that failed");

    public static Counter<long> EventsReceived { get; } =
        Meter.CreateCounter<long>("gateway.adapter.events.received", description: "Pushed vendor events accepted");

    public static Counter<long> AvailabilityFailures { get; } =
        Meter.CreateCounter<long>("gateway.adapter.availability.failures", description: "Live availability lookups that failed at the vendor");

    public static KeyValuePair<string, object?> System(string systemId) => new("system", systemId);
}
