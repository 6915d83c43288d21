namespace Gateway.Clustering.Evaluation;

/// <summary>How much extra variation <see cref="CatalogueNoise"/> adds.</summary>
internal sealed record NoiseOptions
{
    /// <summary>Systems that export some records in MARC-8.</summary>
    public IReadOnlySet<string> Marc8Systems { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "axiell-swims", "oclc-northeast" };

    /// <summary>Share of those systems' records that arrive in MARC-8.</summary>
    public double Marc8Share { get; init; } = 0.5;

    /// <summary>Percent of surnames written with a diacritic.</summary>
    public int AccentedNamePercent { get; init; } = 15;

    /// <summary>Share of records whose cataloguer drops the diacritics of an accented name.</summary>
    public double DropAccentShare { get; init; } = 0.2;

    /// <summary>Share of records with the subtitle run into 245 $a.</summary>
    public double SubtitleInTitleShare { get; init; } = 0.05;

    /// <summary>Share of records with a letter missing from the title proper.</summary>
    public double TitleTypoShare { get; init; } = 0.01;
}
