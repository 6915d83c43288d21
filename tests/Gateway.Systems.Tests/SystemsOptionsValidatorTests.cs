using Microsoft.Extensions.Options;

namespace Gateway.Systems.Tests;

/// <summary>Each rule of <see cref="SystemsOptionsValidator"/>, through configuration binding as a host does it.</summary>
public sealed class SystemsOptionsValidatorTests
{
    [Fact]
    public void Valid_system_passes()
    {
        Assert.Empty(RegistryConfiguration.Failures(RegistryConfiguration.ValidSystem("koha-east", "ADD", "NNUH")));
    }

    [Theory]
    [InlineData("koha-east")]
    [InlineData("oclc-northeast")]
    [InlineData("a1")]
    [InlineData("axiell-swims-2")]
    public void Lower_case_dashed_id_is_accepted(string id)
    {
        Assert.Empty(RegistryConfiguration.Failures(RegistryConfiguration.ValidSystem(id)));
    }

    [Theory]
    [InlineData("Koha-East")]
    [InlineData("koha_east")]
    [InlineData("koha east")]
    [InlineData("-koha")]
    [InlineData("koha-")]
    [InlineData("koha--east")]
    [InlineData("koha.east")]
    public void Id_outside_the_pattern_is_rejected_naming_the_system(string id)
    {
        var failure = Assert.Single(RegistryConfiguration.Failures(RegistryConfiguration.ValidSystem(id)));

        Assert.StartsWith($"Systems:{id}:", failure, StringComparison.Ordinal);
        Assert.Contains("id must be", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sirsi")]
    [InlineData("Koha")]
    [InlineData("")]
    public void Unknown_vendor_is_rejected_naming_the_setting_and_value(string vendor)
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east").With("Systems:koha-east:Vendor", vendor);

        var failure = Assert.Single(RegistryConfiguration.Failures(settings));

        Assert.StartsWith("Systems:koha-east:Vendor", failure, StringComparison.Ordinal);
        Assert.Contains($"'{vendor}'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_vendor_is_rejected()
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east").With("Systems:koha-east:Vendor", null);

        var failure = Assert.Single(RegistryConfiguration.Failures(settings));

        Assert.StartsWith("Systems:koha-east:Vendor", failure, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KnownVendors))]
    public void Every_known_vendor_is_accepted(string vendor)
    {
        var settings = RegistryConfiguration.ValidSystem("any-system").With("Systems:any-system:Vendor", vendor);

        Assert.Empty(RegistryConfiguration.Failures(settings));
    }

    public static TheoryData<string> KnownVendors() => [.. Vendors.All];

    [Theory]
    [InlineData("http://127.0.0.1:5101")]
    [InlineData("https://koha.example.nhs.uk/")]
    [InlineData("https://koha.example.nhs.uk:8443/koha")]
    public void Absolute_http_base_url_is_accepted(string baseUrl)
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east").With("Systems:koha-east:BaseUrl", baseUrl);

        Assert.Empty(RegistryConfiguration.Failures(settings));
    }

    [Theory]
    [InlineData("ftp://koha.example.test")]
    [InlineData("file:///etc/koha")]
    [InlineData("/api/v1")]
    [InlineData("koha.example.test")]
    [InlineData("")]
    public void Base_url_that_is_not_absolute_http_is_rejected(string baseUrl)
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east").With("Systems:koha-east:BaseUrl", baseUrl);

        var failure = Assert.Single(RegistryConfiguration.Failures(settings));

        Assert.StartsWith("Systems:koha-east:BaseUrl", failure, StringComparison.Ordinal);
        Assert.Contains($"'{baseUrl}'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_base_url_is_rejected()
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east").With("Systems:koha-east:BaseUrl", null);

        var failure = Assert.Single(RegistryConfiguration.Failures(settings));

        Assert.StartsWith("Systems:koha-east:BaseUrl", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void System_without_libraries_is_rejected()
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east")
            .With("Systems:koha-east:Libraries:0:Code", null)
            .With("Systems:koha-east:Libraries:0:Name", null);

        var failure = Assert.Single(RegistryConfiguration.Failures(settings));

        Assert.StartsWith("Systems:koha-east:Libraries", failure, StringComparison.Ordinal);
        Assert.Contains("at least one", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_library_code_is_rejected_naming_the_code_and_count()
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east", "ADD", "NNUH", "ADD", "ADD");

        var failure = Assert.Single(RegistryConfiguration.Failures(settings));

        Assert.StartsWith("Systems:koha-east:Libraries", failure, StringComparison.Ordinal);
        Assert.Contains("'ADD'", failure, StringComparison.Ordinal);
        Assert.Contains("3 times", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Systems:koha-east:Name")]
    [InlineData("Systems:koha-east:Region")]
    [InlineData("Systems:koha-east:Libraries:1:Code")]
    [InlineData("Systems:koha-east:Libraries:1:Name")]
    public void Blank_required_setting_is_rejected_naming_it(string key)
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east", "ADD", "NNUH").With(key, "   ");

        var failure = Assert.Single(RegistryConfiguration.Failures(settings));

        Assert.Equal($"{key} is required.", failure);
    }

    [Theory]
    [InlineData("Systems:koha-east:Name")]
    [InlineData("Systems:koha-east:Region")]
    public void Missing_required_setting_is_rejected_naming_it(string key)
    {
        var settings = RegistryConfiguration.ValidSystem("koha-east").With(key, null);

        var failure = Assert.Single(RegistryConfiguration.Failures(settings));

        Assert.Equal($"{key} is required.", failure);
    }

    [Fact]
    public void Every_problem_of_every_system_is_reported_at_once()
    {
        var settings = RegistryConfiguration.ValidSystem("good-one")
            .Concat(RegistryConfiguration.ValidSystem("Bad_Id"))
            .Concat(RegistryConfiguration.ValidSystem("bad-two", "X", "X"))
            .ToDictionary(StringComparer.Ordinal)
            .With("Systems:bad-two:Vendor", "sirsi")
            .With("Systems:bad-two:BaseUrl", "nowhere");

        var failures = RegistryConfiguration.Failures(settings);

        Assert.Equal(4, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Systems:Bad_Id:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Systems:bad-two:Vendor", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Systems:bad-two:BaseUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("'X'", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("good-one", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_passes_an_empty_registry()
    {
        Assert.Equal(ValidateOptionsResult.Success, new SystemsOptionsValidator().Validate(null, new SystemsOptions()));
    }
}
