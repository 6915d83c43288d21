using Gateway.Simulators.Data.Randomness;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>A system's cataloguing habits: how often its records differ from the canonical description.</summary>
internal sealed record SystemStyle(
    double RdaShare,
    double IsbdOmittedShare,
    double TitleCaseShare,
    double DropSubtitleShare,
    double MissingIsbnShare,
    double MissingOclcShare)
{
    public static SystemStyle From(Prng random) => new(
        RdaShare: 0.3 + (random.NextDouble() * 0.6),
        IsbdOmittedShare: random.NextDouble() * 0.4,
        TitleCaseShare: 0.03 + (random.NextDouble() * 0.12),
        DropSubtitleShare: 0.08 + (random.NextDouble() * 0.17),
        MissingIsbnShare: 0.03 + (random.NextDouble() * 0.09),
        MissingOclcShare: 0.1 + (random.NextDouble() * 0.4));
}
