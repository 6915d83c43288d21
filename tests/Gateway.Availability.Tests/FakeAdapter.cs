using Gateway.Availability.Adapters;
using Gateway.Systems;

namespace Gateway.Availability.Tests;

/// <summary>An in-process adapter whose calls run <see cref="Answer"/>; counts them.</summary>
internal sealed class FakeAdapter(Func<int, CancellationToken, Task<AdapterAnswer>> answer) : IAdapterAvailability
{
    private int _calls;

    public static readonly RegionalSystem System = new("koha-east", "East", "koha", "east-of-england", new Uri("http://koha-east/"), true, []);

    public string Vendor => "koha";

    public int Calls => Volatile.Read(ref _calls);

    public Func<int, CancellationToken, Task<AdapterAnswer>> Answer { get; } = answer;

    public static AdapterAnswer Records(params string[] ids) =>
        new("koha-east", DateTimeOffset.UnixEpoch, [.. ids.Select(id => new AdapterRecord(id, DateTimeOffset.UnixEpoch, []))], []);

    public Task<AdapterAnswer> LookupAsync(RegionalSystem system, IReadOnlyList<string> vendorRecordIds, CancellationToken ct) =>
        Answer(Interlocked.Increment(ref _calls), ct);
}
