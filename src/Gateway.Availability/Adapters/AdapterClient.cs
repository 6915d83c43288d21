using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gateway.Systems;

namespace Gateway.Availability.Adapters;

/// <summary>
/// Asks a system's adapter for live availability: <c>GET {adapter}/api/v1/adapters/{systemId}/availability?id=…</c>
/// (GET: idempotent, so hedging may send it twice). The HttpClient carries the per-system resilience pipeline
/// (<see cref="AvailabilityResilience"/>); this class turns what came back into an answer or an exception that says why.
/// </summary>
internal sealed class AdapterClient(IHttpClientFactory httpClients, AdapterAddresses addresses) : IAdapterLookup
{
    public const string HttpClientName = "availability-adapters";

    /// <summary>Carries the system id to the pipeline selector: one circuit breaker per system.</summary>
    public static readonly HttpRequestOptionsKey<string> SystemKey = new("availability.system");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<AdapterAnswer> LookupAsync(RegionalSystem system, IReadOnlyList<string> vendorRecordIds, CancellationToken ct)
    {
        var query = new StringBuilder();
        foreach (var id in vendorRecordIds)
        {
            query.Append(query.Length == 0 ? '?' : '&').Append("id=").Append(Uri.EscapeDataString(id));
        }

        var uri = new Uri(addresses.For(system.Vendor), $"api/v1/adapters/{Uri.EscapeDataString(system.Id)}/availability{query}");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Options.Set(SystemKey, system.Id);
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new AdapterCallException(await ProblemDetailAsync(response, ct), (int)response.StatusCode);
        }

        AdapterAnswer? answer;
        try
        {
            answer = await response.Content.ReadFromJsonAsync<AdapterAnswer>(Json, ct);
        }
        catch (JsonException e)
        {
            throw new AdapterCallException($"the adapter's answer is not readable JSON ({e.Message})", e);
        }

        return answer is { Records: not null }
            ? answer
            : throw new AdapterCallException("the adapter's answer has no records");
    }

    /// <summary>The problem's detail (RFC 9457) when the adapter sent one, else the status line.</summary>
    private static async Task<string> ProblemDetailAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            using var problem = JsonDocument.Parse(text);
            return problem.RootElement.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String
                ? $"{status}: {detail.GetString()}"
                : status;
        }
        catch (JsonException)
        {
            return status;
        }
    }
}
