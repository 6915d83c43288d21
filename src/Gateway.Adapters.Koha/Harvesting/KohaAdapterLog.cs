using Microsoft.Extensions.Logging;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>The adapter's log messages. Never logs credentials, tokens or patron data.</summary>
internal static partial class KohaAdapterLog
{
    [LoggerMessage(1, LogLevel.Information, "{SystemId}/{Stream}: own checkpoint {Own}, catalogue stored {Stored}: resuming from {Start}")]
    public static partial void ResumeFrom(ILogger logger, string systemId, string stream, string own, string stored, string start);

    [LoggerMessage(2, LogLevel.Warning, "{SystemId}/{Stream}: catalogue watermark not available in time; resuming from own checkpoint {Own}")]
    public static partial void WatermarkUnavailable(ILogger logger, string systemId, string stream, string own);

    [LoggerMessage(3, LogLevel.Information, "{SystemId}/{Stream}: published {Count} changes up to {Position}")]
    public static partial void Published(ILogger logger, string systemId, string stream, int count, string position);

    [LoggerMessage(4, LogLevel.Warning, "{SystemId}: skipped record {RecordId}: {Reason}")]
    public static partial void Skipped(ILogger logger, string systemId, string recordId, string reason);

    [LoggerMessage(5, LogLevel.Warning, "{SystemId}: harvest failed, retrying in {Delay}: {Reason}")]
    public static partial void HarvestFailed(ILogger logger, string systemId, TimeSpan delay, string reason);

    [LoggerMessage(6, LogLevel.Warning, "{SystemId}: record {RecordId}: MARC problem at {Tag}: {Problem}")]
    public static partial void MarcProblem(ILogger logger, string systemId, string recordId, string? tag, string problem);

    [LoggerMessage(7, LogLevel.Information, "Koha adapter harvesting {Count} system(s): {Systems}")]
    public static partial void Starting(ILogger logger, int count, string systems);

    [LoggerMessage(8, LogLevel.Warning, "{SystemId}: live availability failed with {Status}: {Reason}")]
    public static partial void AvailabilityFailed(ILogger logger, string systemId, int status, string reason);

    [LoggerMessage(9, LogLevel.Information, "{SystemId}/oai-pmh: {Listed} identifiers listed, {Count} messages published, up to {Position}")]
    public static partial void OaiPass(ILogger logger, string systemId, int listed, int count, string position);

    [LoggerMessage(14, LogLevel.Warning, "{SystemId}/{Stream}: run stopped after {Pages} page(s), checkpoint saved at {Position}; the failing page is read again next: {Reason}")]
    public static partial void RunStopped(ILogger logger, string systemId, string stream, int pages, string position, string reason);
}
