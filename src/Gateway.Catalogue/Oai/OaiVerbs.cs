namespace Gateway.Catalogue.Oai;

/// <summary>The six verbs and the arguments each takes (required, optional, or the exclusive resumptionToken).</summary>
internal static class OaiVerbs
{
    public const string Identify = "Identify";
    public const string ListMetadataFormats = "ListMetadataFormats";
    public const string ListSets = "ListSets";
    public const string GetRecord = "GetRecord";
    public const string ListIdentifiers = "ListIdentifiers";
    public const string ListRecords = "ListRecords";

    public const string Verb = "verb";
    public const string Identifier = "identifier";
    public const string MetadataPrefix = "metadataPrefix";
    public const string From = "from";
    public const string Until = "until";
    public const string Set = "set";
    public const string ResumptionToken = "resumptionToken";

    /// <summary>Per verb: the required arguments, the optional ones, and whether a resumptionToken is allowed.</summary>
    public static readonly IReadOnlyDictionary<string, (string[] Required, string[] Optional, bool Resumable)> Arguments =
        new Dictionary<string, (string[], string[], bool)>(StringComparer.Ordinal)
        {
            [Identify] = ([], [], false),
            [ListMetadataFormats] = ([], [Identifier], false),
            [ListSets] = ([], [], true),
            [GetRecord] = ([Identifier, MetadataPrefix], [], false),
            [ListIdentifiers] = ([MetadataPrefix], [From, Until, Set], true),
            [ListRecords] = ([MetadataPrefix], [From, Until, Set], true),
        };
}
