using Microsoft.Extensions.Logging;

namespace Gateway.Availability;

/// <summary>The availability service's log messages. No patron data ever reaches this service.</summary>
internal static partial class AvailabilityLog
{
    [LoggerMessage(1, LogLevel.Warning, "{SystemId}: availability {Outcome} after {ElapsedMs} ms: {Reason}")]
    public static partial void SystemFailed(ILogger logger, string systemId, string outcome, string reason, long elapsedMs);
}
