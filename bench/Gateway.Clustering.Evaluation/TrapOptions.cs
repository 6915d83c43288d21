namespace Gateway.Clustering.Evaluation;

/// <summary>How many pool editions (per thousand) take part in each trap, and how often a holding system has the trap's record.</summary>
internal sealed record TrapOptions
{
    public int ReusedIsbnPerMille { get; init; } = 30;

    public int EbookPerMille { get; init; } = 30;

    public int VolumesPerMille { get; init; } = 15;

    /// <summary>Chance that a system holding the edition also holds the re-issue or the e-book.</summary>
    public double HeldShare { get; init; } = 0.7;
}
