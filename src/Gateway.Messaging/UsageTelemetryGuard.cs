namespace Gateway.Messaging;

/// <summary>
/// MassTransit's usage telemetry stays off (decision 0005): its <c>MASSTRANSIT_USAGE_TELEMETRY</c> environment variable
/// would turn it back on over <c>DisableUsageTelemetry()</c>, sending bus and endpoint names, versions and the host's
/// time zone to a third party, so a host refuses to start with it set to anything that enables it.
/// </summary>
internal static class UsageTelemetryGuard
{
    /// <summary>MassTransit's own switch.</summary>
    public const string Variable = "MASSTRANSIT_USAGE_TELEMETRY";

    /// <summary>Throws when <paramref name="value"/> (the variable's value, null when unset) would enable the telemetry.</summary>
    public static void EnsureOff(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var trimmed = value.Trim();
        if ((bool.TryParse(trimmed, out var enabled) && enabled) || trimmed == "1")
        {
            throw new InvalidOperationException(
                $"{Variable}={trimmed} would send MassTransit usage telemetry to a third party; the gateway keeps it off. Unset the variable or set it to false.");
        }
    }
}
