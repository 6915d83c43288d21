using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Systems.Tests;

/// <summary>Request-link templates: configured per system or library, validated at start-up, filled per record.</summary>
public sealed class RequestLinkTests
{
    private const string Opac = "https://east.koha.example/cgi-bin/koha/opac-detail.pl?biblionumber={recordId}";
    private const string Hold = "https://east.koha.example/cgi-bin/koha/opac-reserve.pl?biblionumber={recordId}&branch={libraryCode}";

    [Fact]
    public void Templates_are_filled_with_the_record_and_library_escaped()
    {
        var links = new RequestLinkTemplates(Opac, Hold, null).For("12 34", "A&E");

        Assert.Equal("https://east.koha.example/cgi-bin/koha/opac-detail.pl?biblionumber=12%2034", links.Record!.AbsoluteUri);
        Assert.Equal("https://east.koha.example/cgi-bin/koha/opac-reserve.pl?biblionumber=12%2034&branch=A%26E", links.Hold!.AbsoluteUri);
        Assert.Null(links.InterlibraryLoan);
        Assert.False(links.IsEmpty);
        Assert.True(RequestLinkTemplates.None.For("1", "X").IsEmpty);
    }

    [Fact]
    public void A_library_template_wins_over_its_systems()
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east", "ADD", "NNUH")
            .With("Systems:koha-east:RequestLinks:Record", Opac)
            .With("Systems:koha-east:RequestLinks:Hold", Hold)
            .With("Systems:koha-east:Libraries:1:RequestLinks:Hold", "https://nnuh.example/hold?id={recordId}");

        using var services = RegistryConfiguration.Services(settings);
        var system = services.GetRequiredService<ISystemsRegistry>().Find("koha-east")!;

        var add = system.Libraries.Single(l => l.Code == "ADD").RequestLinks.For("7", "ADD");
        var nnuh = system.Libraries.Single(l => l.Code == "NNUH").RequestLinks.For("7", "NNUH");
        Assert.Equal("https://east.koha.example/cgi-bin/koha/opac-reserve.pl?biblionumber=7&branch=ADD", add.Hold!.AbsoluteUri);
        Assert.Equal("https://nnuh.example/hold?id=7", nnuh.Hold!.AbsoluteUri);
        Assert.Equal(add.Record, nnuh.Record);
    }

    [Theory]
    [InlineData("https://opac.example/record/{biblionumber}", "unknown placeholder {biblionumber}")]
    [InlineData("opac.example/record/{recordId}", "is not an absolute http(s) URL")]
    [InlineData("ftp://opac.example/{recordId}", "is not an absolute http(s) URL")]
    public void A_bad_template_fails_start_up_naming_where(string template, string problem)
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east").With("Systems:koha-east:Libraries:0:RequestLinks:InterlibraryLoan", template);

        var failure = Assert.Single(RegistryConfiguration.Failures(settings));

        Assert.StartsWith("Systems:koha-east:Libraries:0:RequestLinks:InterlibraryLoan: ", failure, StringComparison.Ordinal);
        Assert.Contains(problem, failure, StringComparison.Ordinal);
    }
}
