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
    /// Every record readable in the body, by biblio id, mapped (or with the reason it could not be); problems are
    /// logged, a broken body yields what came before the break. Koha's MARCXML is read into views of its bytes and
    /// mapped from them (decisions 0028, 0031), anything unusual with the XML reader into the model.
    /// </summary>
    private Dictionary<long, FetchedRecord> ReadAll(RegionalSystem system, ReadOnlyMemory<byte> body)
    {
        var records = new Dictionary<long, FetchedRecord>();
        using (var page = MarcXmlViewPage.TryRead(body))
        {
            if (page is not null)
            {
                for (var i = 0; i < page.Count; i++)
                {
                    if (KohaRecordMapper.BiblioId(page, i) is { } id)
                    {
                        records[id] = Mapped(() => KohaRecordMapper.Map(page, i));
                    }
                }

                return records;
            }
        }

        var problems = new List<MarcProblem>();
        try
        {
            var options = new MarcReadOptions { Lenient = true, OnProblem = problems.Add };
            foreach (var record in MarcXmlReader.Read(body, options))
            {
                if (KohaRecordMapper.BiblioId(record) is { } id)
                {
                    records[id] = Mapped(() => KohaRecordMapper.Map(record));
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

    /// <summary>A record mapped, or the reason it could not be (it is then skipped with it when its page is published).</summary>
    private static FetchedRecord Mapped(Func<MappedRecord> map)
    {
        try
        {
            return new FetchedRecord(map(), null);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return new FetchedRecord(null, $"could not be mapped: {e.Message}");
        }
    }
}
