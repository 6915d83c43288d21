using System.Xml;
using Gateway.Adapters.Koha.Mapping;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Marc;
using Gateway.Systems;
using Microsoft.Extensions.Logging;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>
/// Fetches the MARC of a page of biblios in one call; any biblio that call did not deliver readably (a truncated or
/// garbled body, a record missing from it) is fetched on its own, so one bad record costs only itself.
/// </summary>
internal sealed class KohaMarcFetcher(KohaApiClient api, ILogger<KohaMarcFetcher> logger)
{
    public async Task<Dictionary<long, FetchedRecord>> FetchAsync(
        RegionalSystem system, IReadOnlyList<KohaBiblioKey> keys, CancellationToken ct)
    {
        var ids = new long[keys.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = keys[i].BiblioId;
        }

        var records = await api.ReadMarcXmlAsync(system, ids, body => ReadAll(system, body), ct);
        foreach (var key in keys.Where(k => !records.ContainsKey(k.BiblioId)))
        {
            records[key.BiblioId] = await FetchOneAsync(system, key.BiblioId, ct);
        }

        return records;
    }

    private async Task<FetchedRecord> FetchOneAsync(RegionalSystem system, long id, CancellationToken ct)
    {
        try
        {
            var body = await api.GetMarcXmlAsync(system, id, ct);
            return ReadAll(system, body).TryGetValue(id, out var one)
                ? one
                : new FetchedRecord(null, "its MARCXML could not be read, alone or in its page");
        }
        catch (KohaApiException e) when (e.Status == System.Net.HttpStatusCode.NotFound)
        {
            return new FetchedRecord(null, "not found when fetched (deleted since listed?)");
        }
    }

    /// <summary>
    /// Every record readable in the body, by biblio id; problems are logged, a broken body yields what came before the
    /// break. Koha's MARCXML is read straight from its bytes (decision 0028), anything unusual with the XML reader.
    /// </summary>
    private Dictionary<long, FetchedRecord> ReadAll(RegionalSystem system, ReadOnlyMemory<byte> body)
    {
        var records = new Dictionary<long, FetchedRecord>();
        var problems = new List<MarcProblem>();
        try
        {
            var options = new MarcReadOptions { Lenient = true, OnProblem = problems.Add };
            foreach (var record in MarcXmlReader.Read(body, options))
            {
                if (KohaRecordMapper.BiblioId(record) is { } id)
                {
                    records[id] = new FetchedRecord(record, null);
                }
            }
        }
        catch (Exception e) when (e is XmlException or MarcFormatException or InvalidOperationException)
        {
            problems.Add(new MarcProblem(records.Count + 1, null, null, e.Message));
        }

        foreach (var problem in problems)
        {
            KohaAdapterLog.MarcProblem(logger, system.Id, problem.RecordNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Tag, problem.Message);
        }

        return records;
    }
}
