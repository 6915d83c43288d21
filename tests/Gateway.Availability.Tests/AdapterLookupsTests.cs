using Gateway.Availability.Adapters;
using Gateway.Availability.Options;
using Microsoft.Extensions.Options;

namespace Gateway.Availability.Tests;

/// <summary>Which way a system's adapter is asked (decision 0027).</summary>
public sealed class AdapterLookupsTests
{
    [Fact]
    public void A_hosted_adapter_is_asked_in_process_by_default() =>
        Assert.IsType<InProcessAdapterClient>(Lookups(new AvailabilityOptions(), hosted: true).For(FakeAdapter.System));

    [Fact]
    public void Without_an_adapter_in_this_process_it_is_asked_over_HTTP() =>
        Assert.IsType<AdapterClient>(Lookups(new AvailabilityOptions(), hosted: false).For(FakeAdapter.System));

    [Fact]
    public void An_adapter_URL_for_the_vendor_means_HTTP_even_when_the_adapter_is_hosted()
    {
        var settings = new AvailabilityOptions { AdapterUrls = { ["koha"] = new Uri("http://koha-adapter:8080/") } };

        Assert.IsType<AdapterClient>(Lookups(settings, hosted: true).For(FakeAdapter.System));
    }

    [Fact]
    public void In_process_adapters_can_be_switched_off() =>
        Assert.IsType<AdapterClient>(Lookups(new AvailabilityOptions { InProcessAdapters = false }, hosted: true).For(FakeAdapter.System));

    [Fact]
    public void The_in_process_failure_reads_like_the_HTTP_path_s_problem()
    {
        Assert.Equal("502 Bad Gateway: koha-east answered 500", AdapterCallException.FromProblem(502, "koha-east answered 500").Message);
        Assert.Equal("504 Gateway Timeout", AdapterCallException.FromProblem(504, null).Message);
        Assert.Equal(404, AdapterCallException.FromProblem(404, "unknown").Status);
    }

    private static AdapterLookups Lookups(AvailabilityOptions settings, bool hosted)
    {
        var options = Microsoft.Extensions.Options.Options.Create(settings);
        var adapters = hosted ? new IAdapterAvailability[] { new FakeAdapter((_, _) => Task.FromResult(FakeAdapter.Records())) } : [];
        return new AdapterLookups(
            new AdapterClient(new NoHttpClients(), new AdapterAddresses(options, new NoServer())),
            new InProcessAdapterClient(adapters, new InProcessResilience(options)),
            options);
    }
}
