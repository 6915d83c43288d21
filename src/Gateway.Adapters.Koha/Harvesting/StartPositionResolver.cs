using Gateway.Adapters.Koha.Options;
using Gateway.Adapters.Koha.State;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>
/// Where a stream resumes after a start: the earlier of the adapter's own checkpoint and the catalogue's watermark.
/// The in-memory bus loses what is in flight when the process stops, so the checkpoint alone could run ahead of what
/// the catalogue stored; re-reading from the watermark closes that gap (the catalogue is idempotent).
/// </summary>
internal sealed class StartPositionResolver(
    CheckpointStore checkpoints, IBus bus, IOptions<KohaAdapterOptions> options, ILogger<StartPositionResolver> logger)
{
    public async Task<HarvestPosition?> ResolveAsync(string systemId, string stream, CancellationToken ct)
    {
        var own = await checkpoints.GetAsync(systemId, stream, ct);
        if (own is null)
        {
            return null;
        }

        try
        {
            var client = bus.CreateRequestClient<GetIngestWatermark>(RequestTimeout.After(ms: (int)options.Value.WatermarkTimeout.TotalMilliseconds));
            var response = await client.GetResponse<IngestWatermark>(new GetIngestWatermark { SystemId = systemId, Stream = stream }, ct);
            var stored = response.Message.StoredUpTo is { } at && response.Message.StoredUpToRecordId is { } id
                ? new HarvestPosition(at, id)
                : null;
            var start = HarvestPosition.Earliest(own, stored);
            KohaAdapterLog.ResumeFrom(logger, systemId, stream, own.ToString(), stored?.ToString() ?? "nothing", start?.ToString() ?? "the beginning");
            return start;
        }
        catch (RequestTimeoutException)
        {
            KohaAdapterLog.WatermarkUnavailable(logger, systemId, stream, own.ToString());
            return own;
        }
    }
}
