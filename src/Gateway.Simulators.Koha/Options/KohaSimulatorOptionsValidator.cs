using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Options;

/// <summary>Rules that data annotations cannot say: Basic credentials come in pairs; library codes are unique.</summary>
internal sealed class KohaSimulatorOptionsValidator : IValidateOptions<KohaSimulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, KohaSimulatorOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrEmpty(options.BasicUser) != string.IsNullOrEmpty(options.BasicPassword))
        {
            failures.Add("KohaSimulator:BasicUser and KohaSimulator:BasicPassword must be set together (or neither).");
        }

        var codes = options.Libraries.Select(l => l.Code).ToList();
        if (codes.Distinct(StringComparer.OrdinalIgnoreCase).Count() != codes.Count)
        {
            failures.Add("KohaSimulator:Libraries has duplicate codes.");
        }

        if (options.Libraries.Any(l => string.IsNullOrWhiteSpace(l.Code) || l.Code.Length > 10 || string.IsNullOrWhiteSpace(l.Name)))
        {
            failures.Add("KohaSimulator:Libraries entries need a Code of 1-10 characters (Koha's branchcode) and a Name.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
