using Gateway.Systems;
using Microsoft.Extensions.Options;

namespace Gateway.Availability.Options;

/// <summary>Checks what data annotations cannot: the timings fit inside one another and adapter URLs name real vendors.</summary>
internal sealed class AvailabilityOptionsValidator : IValidateOptions<AvailabilityOptions>
{
    public ValidateOptionsResult Validate(string? name, AvailabilityOptions options)
    {
        var failures = new List<string>();
        if (options.SystemBudget <= TimeSpan.Zero)
        {
            failures.Add($"Availability:AnswerMargin ({options.AnswerMargin}) must be shorter than Availability:Deadline ({options.Deadline}).");
        }

        var attempt = options.EffectiveAttemptTimeout;
        if (attempt > options.SystemBudget)
        {
            failures.Add($"Availability:AttemptTimeout ({attempt}) must fit in the system budget (Deadline - AnswerMargin = {options.SystemBudget}).");
        }

        if (options.EffectiveHedgingDelay >= attempt)
        {
            failures.Add($"Availability:HedgingDelay ({options.EffectiveHedgingDelay}) must be shorter than Availability:AttemptTimeout ({attempt}).");
        }

        if (options.CircuitSamplingDuration < 2 * attempt)
        {
            failures.Add($"Availability:CircuitSamplingDuration ({options.CircuitSamplingDuration}) must be at least twice Availability:AttemptTimeout ({attempt}).");
        }

        foreach (var (vendor, url) in options.AdapterUrls)
        {
            if (!Vendors.All.Contains(vendor, StringComparer.Ordinal))
            {
                failures.Add($"Availability:AdapterUrls:{vendor} names no vendor (expected one of {string.Join(", ", Vendors.All)}).");
            }

            if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"Availability:AdapterUrls:{vendor} must be an absolute http(s) URL.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
