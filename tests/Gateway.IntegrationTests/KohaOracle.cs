using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.IntegrationTests;

/// <summary>
/// The test's own reading of Koha (the simulator), to check what the gateway answers against: a record's items with
/// their current transfer, the holds that caught them, and the status each must show by the documented rules
/// (docs/architecture.md "How a record travels", step 3: withdrawn, lost, on loan, caught by a hold, in transfer,
/// damaged, not for loan, available — most restrictive first).
/// </summary>
internal sealed class KohaOracle(DistributedSystem system)
{
    private string? _token;

    /// <summary>The record's items as Koha has them now: item id → (status, due date when on loan).</summary>
    public async Task<Dictionary<string, (string Status, DateTimeOffset? DueDate)>> ExpectedAsync(long biblioId)
    {
        var items = await GetAsync($"/api/v1/biblios/{biblioId}/items?_per_page=1000", "transfer");
        var q = Uri.EscapeDataString($$$"""{"biblio_id":{{{biblioId}}},"status":{"-in":["W","T"]}}""");
        var holds = (await GetAsync($"/api/v1/holds?_per_page=1000&q={q}"))
            .EnumerateArray()
            .Where(h => h.GetProperty("item_id").ValueKind == JsonValueKind.Number)
            .GroupBy(h => h.GetProperty("item_id").GetInt64())
            .ToDictionary(g => g.Key, g => g.First().GetProperty("status").GetString());
        return items.EnumerateArray().ToDictionary(
            i => i.GetProperty("item_id").GetInt64().ToString(CultureInfo.InvariantCulture),
            i => Expected(i, holds.GetValueOrDefault(i.GetProperty("item_id").GetInt64())));
    }

    private static (string, DateTimeOffset?) Expected(JsonElement item, string? hold)
    {
        if (Number(item, "withdrawn") != 0)
        {
            return ("unavailable", null);
        }

        if (Number(item, "lost_status") != 0)
        {
            return ("lost", null);
        }

        if (item.TryGetProperty("checked_out_date", out var due) && due.ValueKind == JsonValueKind.String)
        {
            var local = DateOnly.Parse(due.GetString()!, CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(23, 59));
            var uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
            return ("on-loan", new DateTimeOffset(local, uk.GetUtcOffset(local)));
        }

        if (hold is "W")
        {
            return ("on-hold-shelf", null);
        }

        if (hold is "T" || (item.TryGetProperty("transfer", out var transfer) && transfer.ValueKind == JsonValueKind.Object
            && Has(transfer, "date_sent") && !Has(transfer, "date_arrived") && !Has(transfer, "date_cancelled")))
        {
            return ("in-transit", null);
        }

        if (Number(item, "damaged_status") != 0)
        {
            return ("unavailable", null);
        }

        return Number(item, "not_for_loan_status") switch
        {
            > 0 => ("reference-only", null),
            < 0 => ("unavailable", null),
            _ => ("available", null),
        };
    }

    private static bool Has(JsonElement value, string name) =>
        value.TryGetProperty(name, out var field) && field.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);

    private static int Number(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;

    private async Task<JsonElement> GetAsync(string path, string? embed = null)
    {
        _token ??= await TokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(system.Simulator, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (embed is not null)
        {
            request.Headers.Add("x-koha-embed", embed);
        }

        using var response = await system.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<string> TokenAsync()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "gateway",
            ["client_secret"] = system.Secret,
        });
        using var response = await system.Http.PostAsync(new Uri(system.Simulator, "/api/v1/oauth/token"), form);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }
}
