namespace Gateway.Catalogue.Endpoints;

/// <summary>A record kept aside with a problem.</summary>
/// <param name="SourceId">The source record, <c>{systemId}:{vendorRecordId}</c>.</param>
/// <param name="SystemId">Its system.</param>
/// <param name="Kind">What is wrong: <c>unreadable-marc</c>.</param>
/// <param name="Detail">The reason.</param>
/// <param name="SeenAt">The vendor's change time of the version that had it (UTC).</param>
/// <param name="CorrelationId">The change that carried it (to find it in traces and logs).</param>
/// <param name="Record">The record in the API.</param>
public sealed record IngestProblemResponse(string SourceId, string SystemId, string Kind, string Detail, DateTimeOffset SeenAt, Guid CorrelationId, string Record);
