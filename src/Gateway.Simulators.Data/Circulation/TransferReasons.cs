namespace Gateway.Simulators.Data.Circulation;

/// <summary>Values of Koha's branchtransfers.reason used by the generator.</summary>
public static class TransferReasons
{
    /// <summary>Going to the pickup library to fill a hold.</summary>
    public const string Reserve = "Reserve";

    /// <summary>Sent by staff.</summary>
    public const string Manual = "Manual";

    /// <summary>Checked in away from its home library (AutomaticItemReturn).</summary>
    public const string ReturnToHome = "ReturnToHome";

    /// <summary>Part of a rotating collection.</summary>
    public const string RotatingCollection = "RotatingCollection";
}
