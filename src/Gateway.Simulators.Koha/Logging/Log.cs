namespace Gateway.Simulators.Koha.Logging;

/// <summary>Source-generated log messages of the simulator.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Koha simulator {SystemId} ready: {Records} records, {Items} items, libraries {Libraries}")]
    public static partial void CatalogueReady(ILogger logger, string systemId, int records, int items, string libraries);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Change tick {Tick} applied {Count} changes at {Timestamp}")]
    public static partial void ChangesApplied(ILogger logger, int tick, int count, DateTimeOffset timestamp);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Issued an access token to client {ClientId}")]
    public static partial void TokenIssued(ILogger logger, string clientId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Rejected a token request for client {ClientId}: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string? clientId, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Authentication failed on {Path}: {Reason}")]
    public static partial void AuthenticationFailed(ILogger logger, PathString path, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Patron data requested: {Method} {Path} (embed: {Embed})")]
    public static partial void PatronDataRequested(ILogger logger, string method, PathString path, string? embed);

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "Injected fault {Fault} on {Path}")]
    public static partial void FaultInjected(ILogger logger, string fault, PathString path);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Fault settings changed: {Settings}")]
    public static partial void FaultsChanged(ILogger logger, object settings);

    [LoggerMessage(EventId = 9, Level = LogLevel.Error, Message = "Change tick failed")]
    public static partial void ChangeTickFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Webhook event {EventId} ({Event}) failed after {Attempts} attempts: {Reason}")]
    public static partial void WebhookFailed(ILogger logger, string eventId, string @event, int attempts, string reason);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Webhook replay from {From}: {Count} events queued again")]
    public static partial void WebhookReplay(ILogger logger, long from, int count);
}
