namespace Gateway.Catalogue.Oai;

/// <summary>An OAI-PMH error: one of the protocol's codes and a message for the harvester's operator.</summary>
internal sealed record OaiError(string Code, string Message)
{
    public const string BadArgument = "badArgument";
    public const string BadResumptionToken = "badResumptionToken";
    public const string BadVerb = "badVerb";
    public const string CannotDisseminateFormat = "cannotDisseminateFormat";
    public const string IdDoesNotExist = "idDoesNotExist";
    public const string NoRecordsMatch = "noRecordsMatch";
    public const string NoMetadataFormats = "noMetadataFormats";
    public const string NoSetHierarchy = "noSetHierarchy";
}
