using System.Text.Json;
using Gateway.Availability.Adapters;
using Gateway.Availability.Answers;
using Gateway.Availability.Options;
using Gateway.Systems;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Api.Tests;

/// <summary>
/// The in-process path (decision 0027) and the HTTP path ask the same Koha adapter of the same gateway: for the same
/// simulator state they give the same answer, and the same outcome and reason when the vendor fails.
/// </summary>
public sealed class AvailabilityPathEquivalenceTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _secret = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Both_paths_answer_the_same_records_items_and_unknown_ids()
    {
        // What is compared is the answer, not its speed: a cold first call (token, JIT) on a loaded machine may take
        // longer than the default 2 s deadline, so this test gives it 10 s.
        await using var setup = EmbeddedAvailability.Start(_secret, settings: new Dictionary<string, string?> { ["Availability:Deadline"] = "00:00:10" });
        var (http, inProcess, system) = Paths(setup, "koha-east");
        string[] ids = ["1", "2", "3", "999999"];

        var overHttp = await http.LookupAsync(system, ids, TestContext.Current.CancellationToken);
        var direct = await inProcess.LookupAsync(system, ids, TestContext.Current.CancellationToken);

        Assert.Equal(3, direct.Records!.Count);
        Assert.Contains(direct.Records, r => r.Items is { Count: > 0 });
        Assert.Equal(["999999"], direct.NotFound!);
        Assert.Equal(Comparable(overHttp), Comparable(direct));
    }

    [Theory]
    [InlineData("malformed", Outcomes.Error)]
    [InlineData("hang", Outcomes.Timeout)]
    public async Task A_failing_vendor_gives_both_paths_the_same_outcome_and_reason(string fault, string expected)
    {
        await using var setup = EmbeddedAvailability.Start(_secret, settings: new Dictionary<string, string?> { ["Availability:Deadline"] = fault == "hang" ? "00:00:01.500" : "00:00:10" });
        await setup.HarvestedAsync("koha-london:1");
        var (http, inProcess, system) = Paths(setup, "koha-london");
        await setup.FaultAsync("koha-london", fault == "hang" ? new { timeoutRate = 1.0 } : new { malformedRate = 1.0 } as object);

        var overHttp = await OutcomeAsync(setup, () => http.LookupAsync(system, ["1"], TestContext.Current.CancellationToken));
        var direct = await OutcomeAsync(setup, () => inProcess.LookupAsync(system, ["1"], TestContext.Current.CancellationToken));

        Assert.Equal(expected, direct.Outcome);
        Assert.Equal(overHttp, direct);
    }

    [Fact]
    public async Task An_id_that_is_not_a_biblionumber_is_the_same_error_on_both_paths()
    {
        await using var setup = EmbeddedAvailability.Start(_secret, settings: new Dictionary<string, string?> { ["Availability:Deadline"] = "00:00:10" });
        var (http, inProcess, system) = Paths(setup, "koha-east");

        var overHttp = await OutcomeAsync(setup, () => http.LookupAsync(system, ["not-a-number"], TestContext.Current.CancellationToken));
        var direct = await OutcomeAsync(setup, () => inProcess.LookupAsync(system, ["not-a-number"], TestContext.Current.CancellationToken));

        Assert.Equal(Outcomes.Error, direct.Outcome);
        Assert.StartsWith("400 Bad Request: ", direct.Reason, StringComparison.Ordinal);
        Assert.Equal(overHttp, direct);
    }

    private static (AdapterClient Http, InProcessAdapterClient InProcess, RegionalSystem System) Paths(EmbeddedAvailability setup, string systemId)
    {
        var services = setup.Gateway.Services;
        return (services.GetRequiredService<AdapterClient>(), services.GetRequiredService<InProcessAdapterClient>(),
            services.GetRequiredService<ISystemsRegistry>().Find(systemId)!);
    }

    /// <summary>The outcome the availability service would report for the call's failure.</summary>
    private static async Task<SystemOutcome> OutcomeAsync(EmbeddedAvailability setup, Func<Task<AdapterAnswer>> call)
    {
        var settings = setup.Gateway.Services.GetRequiredService<IOptions<AvailabilityOptions>>().Value;
        var failure = await Assert.ThrowsAnyAsync<Exception>(call);
        return OutcomeClassifier.Classify(failure, settings.SystemBudget, TimeSpan.Zero, settings.EffectiveAttemptTimeout);
    }

    /// <summary>The answer without its times (each call reads Koha at its own moment).</summary>
    private static string Comparable(AdapterAnswer answer) => JsonSerializer.Serialize(
        new
        {
            answer.SystemId,
            Records = answer.Records!.Select(r => new { r.VendorRecordId, r.Items }),
            answer.NotFound,
        },
        Json);
}
