namespace Gateway.Simulators.Koha.Http;

/// <summary>The representations a biblio route can produce.</summary>
internal enum ResponseFormat
{
    Json,
    MarcXml,
    MarcInJson,
    Marc,
    Text,
}
