using Microsoft.Extensions.Hosting;
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

    [Fact]
    public async Task Production_without_a_client_fails_start_up_saying_what_to_configure()
    {
        await using var factory = GatewayFactory.WithoutClients(Environments.Production);

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Gateway:Auth:Clients is empty and Gateway:Auth:Jwt:Authority unset: outside Development the gateway does not start without a client", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_without_a_client_starts_and_refuses_keyed_paths()
    {
        await using var factory = GatewayFactory.WithoutClients(Environments.Development);

        using var alive = await factory.CreateClient().GetAsync(new Uri("/alive", UriKind.Relative), TestContext.Current.CancellationToken);
        using var records = await factory.CreateClient().GetAsync(new Uri("/api/v1/records", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, records.StatusCode);
    }

    [Fact]
    public async Task A_client_with_a_bad_hash_or_no_roles_fails_start_up()
    {
        await using var factory = GatewayFactory.With(new Dictionary<string, string?>
        {
            ["Gateway:Auth:Clients:broken:KeyHash"] = "0123",
            ["Gateway:Auth:Clients:roleless:KeyHash"] = new string('a', 64),
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Gateway:Auth:Clients:broken:KeyHash must be the SHA-256", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gateway:Auth:Clients:roleless:Roles is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("Gateway:Auth:Clients:broken:Roles is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proxy_route_with_its_own_authorization_policy_fails_start_up()
    {
        await using var factory = GatewayFactory.With(new Dictionary<string, string?>
        {
            ["ReverseProxy:Routes:open:ClusterId"] = "elsewhere",
            ["ReverseProxy:Routes:open:Match:Path"] = "/api/v1/ops/{**rest}",
            ["ReverseProxy:Routes:open:AuthorizationPolicy"] = "anonymous",
            ["ReverseProxy:Clusters:elsewhere:Destinations:main:Address"] = "http://127.0.0.1:1/",
        });

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.Contains("ReverseProxy:Routes:open:AuthorizationPolicy is 'anonymous'", error.ToString(), StringComparison.Ordinal);
    }
}
