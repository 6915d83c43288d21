namespace Gateway.Marc.Cli.Stats;

/// <summary>Names for leader/06 (type of record) and leader/09 (character coding scheme) values.</summary>
internal static class LeaderCodes
{
    public static string RecordType(char code) => code switch
    {
        'a' => "language material",
        'c' => "notated music",
        'd' => "manuscript notated music",
        'e' => "cartographic material",
        'f' => "manuscript cartographic material",
        'g' => "projected medium",
        'i' => "nonmusical sound recording",
        'j' => "musical sound recording",
        'k' => "two-dimensional nonprojectable graphic",
        'm' => "computer file",
        'o' => "kit",
        'p' => "mixed materials",
        'r' => "three-dimensional artifact or naturally occurring object",
        't' => "manuscript language material",
        'q' => "community information",
        'u' or 'v' or 'x' or 'y' => "holdings",
        'w' => "classification",
        'z' => "authority",
        _ => "not a MARC 21 record type",
    };

    public static string Encoding(char code) => code switch
    {
        'a' => "UTF-8",
        ' ' => "MARC-8",
        _ => "unknown",
    };
}
