using Microsoft.Extensions.Options;

namespace Gateway.Api.Tests;

/// <summary>A bad configuration stops the gateway at start-up, naming each setting at fault.</summary>
public sealed class StartupValidationTests
{
    [Fact]
    public async Task Broken_registry_fails_start_up_naming_each_bad_setting()
    {
        await using var factory = GatewayFactory.With(new Dictionary<string, string?>
        {
            ["Systems:bad-one:Name"] = "A system with a bad configuration",
            ["Systems:bad-one:Vendor"] = "sirsi",
            ["Systems:bad-one:Region"] = "nowhere",
            // no BaseUrl
            ["Systems:bad-one:Libraries:0:Code"] = "DUPE",
            ["Systems:bad-one:Libraries:0:Name"] = "First",
            ["Systems:bad-one:Libraries:1:Code"] = "DUPE",
            ["Systems:bad-one:Libraries:1:Name"] = "Second",
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Systems:bad-one:Vendor", error.Message, StringComparison.Ordinal);
        Assert.Contains("'sirsi'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Systems:bad-one:BaseUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("'DUPE'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Systems:koha-", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Koha_adapter_without_credentials_fails_start_up_naming_the_enabled_systems()
    {
        await using var factory = GatewayFactory.With(new Dictionary<string, string?>
        {
            ["Modules:KohaAdapter"] = "true",
            ["KohaAdapter:Credentials:koha-london:ClientId"] = "gateway",
            ["KohaAdapter:Credentials:koha-london:ClientSecret"] = "present",
            ["Systems:koha-midlands:Enabled"] = "false",
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("KohaAdapter:Credentials:koha-east", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("KohaAdapter:Credentials:koha-london", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("KohaAdapter:Credentials:koha-midlands", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oai_pmh_settings_for_an_unknown_system_or_without_a_prefix_fail_start_up()
    {
        await using var factory = GatewayFactory.With(new Dictionary<string, string?>
        {
            ["Modules:KohaAdapter"] = "true",
            ["KohaAdapter:Credentials:koha-east:ClientId"] = "gateway",
            ["KohaAdapter:Credentials:koha-east:ClientSecret"] = "present",
            ["Systems:koha-london:Enabled"] = "false",
            ["Systems:koha-midlands:Enabled"] = "false",
            ["KohaAdapter:OaiPmh:koha-nowhere:MetadataPrefix"] = "marcxml",
            ["KohaAdapter:OaiPmh:koha-east:MetadataPrefix"] = " ",
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("KohaAdapter:OaiPmh:koha-nowhere names no Koha system", error.Message, StringComparison.Ordinal);
        Assert.Contains("KohaAdapter:OaiPmh:koha-east:MetadataPrefix is required", error.Message, StringComparison.Ordinal);
    }
}
