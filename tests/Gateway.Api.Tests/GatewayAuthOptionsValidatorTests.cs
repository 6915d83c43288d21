using Gateway.Api.Auth;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Gateway.Api.Tests;

/// <summary>Start-up checks of <c>Gateway:Auth</c>, each naming the setting at fault.</summary>
public sealed class GatewayAuthOptionsValidatorTests
{
    private static readonly string Hash = ClientKeys.HashHex("a key");

    [Fact]
    public void Good_clients_pass()
    {
        var result = Validate(Environments.Production, ("hub", Hash, ["hub"]), ("ops", ClientKeys.HashHex("other"), ["operator", "hub"]));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void No_client_fails_outside_development_only()
    {
        Assert.Contains("Gateway:Auth:Clients is empty", Validate(Environments.Production).FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Gateway:Auth:Clients is empty", Validate(Environments.Staging).FailureMessage, StringComparison.Ordinal);
        Assert.True(Validate(Environments.Development).Succeeded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-not-hex-")]
    [InlineData("abc123")]
    public void A_hash_that_is_not_64_hex_digits_fails(string? hash)
    {
        var result = Validate(Environments.Production, ("hub", hash, ["hub"]));

        Assert.Contains("Gateway:Auth:Clients:hub:KeyHash must be the SHA-256", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_or_unknown_roles_fail()
    {
        var result = Validate(Environments.Production, ("none", Hash, []), ("odd", ClientKeys.HashHex("b"), ["admin"]));

        Assert.Contains("Gateway:Auth:Clients:none:Roles is empty", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Gateway:Auth:Clients:odd:Roles has 'admin'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_clients_with_one_key_fail()
    {
        var result = Validate(Environments.Production, ("one", Hash, ["hub"]), ("two", Hash.ToUpperInvariant(), ["hub"]));

        Assert.Contains("Gateway:Auth:Clients:two:KeyHash is also the key of client 'one'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_a_colon_fails()
    {
        var result = Validate(Environments.Production, ("a:b", Hash, ["hub"]));

        Assert.Contains("must not be empty nor hold ':'", result.FailureMessage, StringComparison.Ordinal);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string environment, params (string Name, string? Hash, string[] Roles)[] clients)
    {
        var options = new GatewayAuthOptions();
        foreach (var (name, hash, roles) in clients)
        {
            options.Clients[name] = new ApiClientOptions { KeyHash = hash, Roles = [.. roles] };
        }

        return new GatewayAuthOptionsValidator(new HostingEnvironment { EnvironmentName = environment }).Validate(null, options);
    }

    [Fact]
    public void Jwt_needs_an_https_authority_and_an_audience_and_stands_in_for_clients()
    {
        var bad = new GatewayAuthOptions { Jwt = { Authority = "http://idp.example/" } };
        var good = new GatewayAuthOptions { Jwt = { Authority = "https://idp.example/", Audience = "api://gateway" } };
        var validator = new GatewayAuthOptionsValidator(new HostingEnvironment { EnvironmentName = Environments.Production });

        var failed = validator.Validate(null, bad).FailureMessage;

        Assert.Contains("Gateway:Auth:Jwt:Authority must be an absolute https URL", failed, StringComparison.Ordinal);
        Assert.Contains("Gateway:Auth:Jwt:Audience is required", failed, StringComparison.Ordinal);
        Assert.True(validator.Validate(null, good).Succeeded);
    }
}
