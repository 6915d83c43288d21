namespace Gateway.Availability.Resolution;

/// <summary>
/// Which systems hold each requested record: a consolidated record (<c>c…</c>) resolves to its member source records, a
/// source record (<c>{systemId}:{vendorRecordId}</c>) to itself. In two steps, so the vendors can be asked while the
/// second runs: <see cref="CandidatesAsync"/> as cheaply as it can be known, then <see cref="ConfirmAsync"/> (live
/// records only, with their libraries). The catalogue implements it in-process; without the catalogue,
/// <see cref="RegistryRecordSources"/> resolves source ids through the systems registry only.
/// </summary>
public interface IRecordSources
{
    /// <summary>
    /// One entry per id asked (well-formed ids only, see <see cref="RecordIds"/>): the source records it may stand for.
    /// A source id needs no lookup; a consolidated id its members.
    /// </summary>
    Task<RecordCandidates> CandidatesAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>
    /// One entry per id of <paramref name="candidates"/>, found or not: its candidates that are live (a subset, never a
    /// source that was not a candidate), each with the libraries known to hold items of it.
    /// </summary>
    Task<IReadOnlyDictionary<string, ResolvedRecord>> ConfirmAsync(RecordCandidates candidates, CancellationToken ct);
}
