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

        var webhook = options.Webhook;
        if (string.IsNullOrEmpty(webhook.Url) != string.IsNullOrEmpty(webhook.Secret))
        {
            failures.Add("KohaSimulator:Webhook:Url and KohaSimulator:Webhook:Secret must be set together (or neither); pass the secret on the command line or as KohaSimulator__Webhook__Secret.");
        }

        if (!string.IsNullOrEmpty(webhook.Url) && (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add("KohaSimulator:Webhook:Url must be an absolute http or https URL.");
        }

        var webhookProblems = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(webhook, new(webhook), webhookProblems, validateAllProperties: true))
        {
            failures.AddRange(webhookProblems.Select(p => "KohaSimulator:Webhook: " + p.ErrorMessage));
        }

        if (options.IlsDi.AuthorizedIps.Any(ip => !System.Net.IPAddress.TryParse(ip, out _)))
        {
            failures.Add("KohaSimulator:IlsDi:AuthorizedIps must hold IP addresses (Koha compares REMOTE_ADDR exactly).");
        }

        if (options.OaiPmh.DeletedRecord is not ("no" or "transient" or "persistent"))
        {
            failures.Add("KohaSimulator:OaiPmh:DeletedRecord must be no, transient or persistent.");
        }

        if (options.OaiPmh.MaxCount is < 1 or > 10_000)
        {
            failures.Add("KohaSimulator:OaiPmh:MaxCount must be between 1 and 10000.");
        }

        if (options.OaiPmh.ArchiveId is { } archiveId && (archiveId.Length == 0 || archiveId.Any(char.IsWhiteSpace)))
        {
            failures.Add("KohaSimulator:OaiPmh:ArchiveId must not be empty or contain spaces.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
