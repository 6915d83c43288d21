namespace Gateway.Clustering;

/// <summary>What the rules say of two source records.</summary>
/// <param name="Key">The strongest key they share; null when they share none.</param>
/// <param name="Conflict">Why they must not be in one cluster, or null when nothing keeps them apart.</param>
public readonly record struct MatchDecision(MatchKey? Key, string? Conflict)
{
    /// <summary>True when the records share a key and nothing keeps them apart: the same edition.</summary>
    public bool IsMatch => Key is not null && Conflict is null;
}
