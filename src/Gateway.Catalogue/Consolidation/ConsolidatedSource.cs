namespace Gateway.Catalogue.Consolidation;

/// <summary>One source record of a consolidated record.</summary>
/// <param name="Id">The source record id, <c>{systemId}:{vendorRecordId}</c>.</param>
/// <param name="SystemId">The regional system holding it.</param>
/// <param name="SystemName">The system's name from the registry (its id when not registered).</param>
/// <param name="Region">The system's region (<c>unknown</c> when not registered).</param>
/// <param name="Link">The record in the gateway's API (<c>/api/v1/records/{id}</c>).</param>
public sealed record ConsolidatedSource(string Id, string SystemId, string SystemName, string Region, string Link);
