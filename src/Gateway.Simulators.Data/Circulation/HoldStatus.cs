namespace Gateway.Simulators.Data.Circulation;

/// <summary>Koha's reserves.found letters.</summary>
public static class HoldStatus
{
    /// <summary>On the hold shelf at the pickup library, waiting for the patron.</summary>
    public const string Waiting = "W";

    /// <summary>Trapped at another library and travelling to the pickup library.</summary>
    public const string InTransit = "T";

    /// <summary>Trapped and being processed before it goes on the hold shelf.</summary>
    public const string Processing = "P";

    /// <summary>Filled (collected by the patron): old holds only.</summary>
    public const string Filled = "F";
}
