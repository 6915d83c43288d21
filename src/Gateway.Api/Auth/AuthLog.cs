namespace Gateway.Api.Auth;

/// <summary>The gateway's authentication log lines. Keys never appear: only the client's name, when known.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 3701, Level = LogLevel.Warning,
        Message = "Refused {Method} {Path}: {Reason} (client {Client})")]
    public static partial void Refused(ILogger logger, string method, string path, string reason, string client);

    [LoggerMessage(EventId = 3702, Level = LogLevel.Warning,
        Message = "Refused {Method} {Path} to client {Client}: it needs the role {Role}")]
    public static partial void Forbidden(ILogger logger, string method, string path, string client, string role);

    [LoggerMessage(EventId = 3703, Level = LogLevel.Warning,
        Message = "No client is configured (Gateway:Auth:Clients): every path that needs a key answers 401. scripts/run.sh makes development keys")]
    public static partial void NoClients(ILogger logger);
}
