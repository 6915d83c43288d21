using System.Xml;
using Gateway.Adapters.Koha.Mapping;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Marc;
using Gateway.Systems;
using Microsoft.Extensions.Logging;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>
/// Fetches the MARC of a page of biblios in one call; when that body cannot be read as a whole, falls back to one call
/// per record so that one bad record costs only itself.
/// </summary>
internal sealed class KohaMarcFetcher(KohaApiClient api, ILogger<KohaMarcFetcher> logger)
{
    public async Task<Dictionary<long, FetchedRecord>> FetchAsync(
        RegionalSystem system, IReadOnlyList<KohaBiblioKey> keys, CancellationToken ct)
    {
        var body = await api.GetMarcXmlAsync(system, [.. keys.Select(k => k.BiblioId)], ct);
        if (TryReadAll(system, body, out var records))
        {
            return records;
        }

        var result = new Dictionary<long, FetchedRecord>();
        foreach (var key in keys)
        {
            result[key.BiblioId] = await FetchOneAsync(system, key.BiblioId, ct);
        }

        return result;
    }

    private async Task<FetchedRecord> FetchOneAsync(RegionalSystem system, long id, CancellationToken ct)
    {
        try
        {
            var body = await api.GetMarcXmlAsync(system, id, ct);
            return TryReadAll(system, body, out var records) && records.TryGetValue(id, out var one)
                ? one
                : new FetchedRecord(null, "its MARCXML could not be read");
        }
        catch (KohaApiException e) when (e.Status == System.Net.HttpStatusCode.NotFound)
        {
            return new FetchedRecord(null, "not found when fetched (deleted since listed?)");
        }
    }

    private bool TryReadAll(RegionalSystem system, byte[] body, out Dictionary<long, FetchedRecord> records)
    {
        records = [];
        var problems = new List<MarcProblem>();
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            var options = new MarcReadOptions { Lenient = true, OnProblem = problems.Add };
            foreach (var record in MarcXmlReader.Read(stream, options))
            {
                if (KohaRecordMapper.BiblioId(record) is { } id)
                {
                    records[id] = new FetchedRecord(record, null);
                }
            }
        }
        catch (Exception e) when (e is XmlException or MarcFormatException or InvalidOperationException)
        {
            return false;
        }

        foreach (var problem in problems)
        {
            KohaAdapterLog.MarcProblem(logger, system.Id, problem.RecordNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Tag, problem.Message);
        }

        return true;
    }
}
