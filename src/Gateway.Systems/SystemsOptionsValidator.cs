using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Gateway.Systems;

/// <summary>Checks the registry at start-up and names every problem, so a bad configuration never half-starts.</summary>
internal sealed partial class SystemsOptionsValidator : IValidateOptions<SystemsOptions>
{
    public ValidateOptionsResult Validate(string? name, SystemsOptions options)
    {
        var failures = new List<string>();
        foreach (var (id, system) in options.Systems)
        {
            var at = $"Systems:{id}";
            if (!IdPattern().IsMatch(id))
            {
                failures.Add($"{at}: the id must be lower-case letters, digits and dashes.");
            }

            Require(failures, at, "Name", system.Name);
            Require(failures, at, "Region", system.Region);
            if (system.Vendor is null || !Vendors.All.Contains(system.Vendor, StringComparer.Ordinal))
            {
                failures.Add($"{at}:Vendor must be one of {string.Join(", ", Vendors.All)} (was '{system.Vendor}').");
            }

            if (!Uri.TryCreate(system.BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{at}:BaseUrl must be an absolute http(s) URL (was '{system.BaseUrl}').");
            }

            ValidateLinks(failures, $"{at}:RequestLinks", system.RequestLinks);
            ValidateLibraries(failures, at, system.Libraries);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateLibraries(List<string> failures, string at, List<LibraryOptions> libraries)
    {
        if (libraries.Count == 0)
        {
            failures.Add($"{at}:Libraries must list at least one library.");
        }

        for (var i = 0; i < libraries.Count; i++)
        {
            Require(failures, $"{at}:Libraries:{i}", "Code", libraries[i].Code);
            Require(failures, $"{at}:Libraries:{i}", "Name", libraries[i].Name);
            ValidateLinks(failures, $"{at}:Libraries:{i}:RequestLinks", libraries[i].RequestLinks);
        }

        foreach (var duplicate in libraries.GroupBy(l => l.Code, StringComparer.Ordinal).Where(g => g.Key is not null && g.Count() > 1))
        {
            failures.Add($"{at}:Libraries: the code '{duplicate.Key}' appears {duplicate.Count()} times.");
        }
    }

    private static void ValidateLinks(List<string> failures, string at, RequestLinkOptions? links)
    {
        foreach (var (name, template) in new[] { ("Record", links?.Record), ("Hold", links?.Hold), ("InterlibraryLoan", links?.InterlibraryLoan) })
        {
            if (RequestLinkTemplates.Problem(template) is { } problem)
            {
                failures.Add($"{at}:{name}: {problem}.");
            }
        }
    }

    private static void Require(List<string> failures, string at, string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{at}:{property} is required.");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
