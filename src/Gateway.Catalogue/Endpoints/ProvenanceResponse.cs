namespace Gateway.Catalogue.Endpoints;

/// <summary>
/// Why a consolidated record is what it is: its members with the key that joined each, and the audit log of its
/// joins, departures, merges and splits. For a source record id, its current cluster and the log of what happened to
/// it.
/// </summary>
/// <param name="Id">The id asked for: a cluster id (<c>c…</c>) or a source record id (<c>{systemId}:{vendorRecordId}</c>).</param>
/// <param name="ClusterId">The cluster (for a source record, the one it is in now; null when it is in none, e.g. deleted).</param>
/// <param name="Deleted">True when the cluster has no members left (a deleted record to harvesters).</param>
/// <param name="MergedInto">For a cluster merged away, the cluster that took its members.</param>
/// <param name="Datestamp">When the consolidated record last changed (UTC).</param>
/// <param name="Members">The cluster's source records and the evidence that put each there.</param>
/// <param name="Log">Audit entries, oldest first.</param>
/// <param name="LogTruncated">True when the log was longer than the entries returned (the newest are kept).</param>
public sealed record ProvenanceResponse(
    string Id,
    string? ClusterId,
    bool Deleted,
    string? MergedInto,
    DateTimeOffset? Datestamp,
    IReadOnlyList<ProvenanceMember> Members,
    IReadOnlyList<ProvenanceEntry> Log,
    bool LogTruncated);

/// <summary>A source record in a cluster.</summary>
/// <param name="SourceId">The source record, <c>{systemId}:{vendorRecordId}</c>.</param>
/// <param name="JoinedVia">The key it shares with <paramref name="MatchedSourceId"/> (e.g. <c>isbn:978…</c>); null for the founder.</param>
/// <param name="MatchedSourceId">The member it matched when it joined.</param>
/// <param name="JoinedAt">When it joined (UTC).</param>
/// <param name="Record">Where to read the source record.</param>
public sealed record ProvenanceMember(string SourceId, string? JoinedVia, string? MatchedSourceId, DateTimeOffset JoinedAt, string Record);

/// <summary>One audit entry.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Kind"><c>created</c>, <c>joined</c>, <c>left</c>, <c>merged</c>, <c>split</c> or <c>retired</c>.</param>
/// <param name="ClusterId">The cluster it happened to.</param>
/// <param name="SourceId">The source record that caused it.</param>
/// <param name="Key">The key that joined or merged.</param>
/// <param name="MatchedSourceId">For a join, the member whose key matched.</param>
/// <param name="OtherClusterId">For a merge, the cluster merged in; for a split, the new cluster; for a retirement by merge, the cluster merged into.</param>
/// <param name="Detail">What happened, in a sentence.</param>
public sealed record ProvenanceEntry(
    DateTimeOffset At, string Kind, string ClusterId, string? SourceId, string? Key, string? MatchedSourceId, string? OtherClusterId, string Detail);
