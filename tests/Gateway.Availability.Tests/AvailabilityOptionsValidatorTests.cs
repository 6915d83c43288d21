using Gateway.Availability.Options;

namespace Gateway.Availability.Tests;

public sealed class AvailabilityOptionsValidatorTests
{
    private readonly AvailabilityOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid_and_derive_attempt_and_hedging_from_the_budget()
    {
        var options = new AvailabilityOptions();

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.Equal(TimeSpan.FromMilliseconds(1900), options.SystemBudget);
        Assert.Equal(TimeSpan.FromMilliseconds(1425), options.EffectiveAttemptTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(475), options.EffectiveHedgingDelay);
    }

    [Fact]
    public void A_margin_as_long_as_the_deadline_fails()
    {
        var result = _validator.Validate(null, new AvailabilityOptions { Deadline = TimeSpan.FromMilliseconds(100), AnswerMargin = TimeSpan.FromMilliseconds(100) });

        Assert.Contains("AnswerMargin", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attempt_longer_than_the_budget_fails()
    {
        var result = _validator.Validate(null, new AvailabilityOptions { AttemptTimeout = TimeSpan.FromSeconds(5) });

        Assert.Contains("AttemptTimeout", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_adapter_url_for_an_unknown_vendor_fails()
    {
        var options = new AvailabilityOptions();
        options.AdapterUrls["sirsi"] = new Uri("http://sirsi-adapter/");

        Assert.Contains("sirsi", _validator.Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }
}
