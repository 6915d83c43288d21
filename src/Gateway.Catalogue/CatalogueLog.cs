using Microsoft.Extensions.Logging;

namespace Gateway.Catalogue;

/// <summary>The catalogue's log messages (source-generated).</summary>
internal static partial class CatalogueLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "A page of {Count} changed records of {SystemId} failed as a whole ({Reason}); applying its records one by one")]
    public static partial void PageFailed(ILogger logger, string systemId, int count, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error,
        Message = "Record {SourceId} could not be stored and is kept aside with its reason: {Reason}")]
    public static partial void RecordKeptAside(ILogger logger, string sourceId, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "A run of {Count} item changes of {SystemId} failed as a whole ({Reason}); applying its changes one by one")]
    public static partial void ItemRunFailed(ILogger logger, string systemId, int count, string reason);
}
