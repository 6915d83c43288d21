using Gateway.Marc;

namespace Gateway.Clustering.Evaluation;

/// <summary>One source record of the labelled corpus and the truth about it.</summary>
/// <param name="SourceId"><c>{system}:{biblio id}</c>.</param>
/// <param name="SystemId">The system that holds it.</param>
/// <param name="Truth">The edition it really describes: equal truths mean the same edition.</param>
/// <param name="WorkKey">The work; editions of one work share it (hard negatives come from there).</param>
/// <param name="Trap">The false-merge trap this record was made for, or null for an ordinary record.</param>
/// <param name="Record">The MARC record as the catalogue would receive it, noise included.</param>
internal sealed record CorpusRecord(string SourceId, string SystemId, string Truth, string WorkKey, string? Trap, MarcRecord Record);
