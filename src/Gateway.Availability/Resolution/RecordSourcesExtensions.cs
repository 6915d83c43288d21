namespace Gateway.Availability.Resolution;

/// <summary>Both steps of <see cref="IRecordSources"/> one after the other.</summary>
public static class RecordSourcesExtensions
{
    /// <summary>Candidates, then confirmed: one entry per id asked, found or not.</summary>
    public static async Task<IReadOnlyDictionary<string, ResolvedRecord>> ResolveAsync(
        this IRecordSources sources, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        await sources.ConfirmAsync(await sources.CandidatesAsync(ids, ct), ct);
}
