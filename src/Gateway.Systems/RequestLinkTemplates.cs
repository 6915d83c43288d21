using System.Text.RegularExpressions;

namespace Gateway.Systems;

/// <summary>A library's request-link templates (its own, else its system's), filled per record.</summary>
/// <param name="Record">Template of the OPAC record page.</param>
/// <param name="Hold">Template of the place-a-hold page.</param>
/// <param name="InterlibraryLoan">Template of the interlibrary-loan form.</param>
public sealed partial record RequestLinkTemplates(string? Record, string? Hold, string? InterlibraryLoan)
{
    /// <summary>No templates.</summary>
    public static readonly RequestLinkTemplates None = new(null, null, null);

    /// <summary>The placeholders a template may use.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["recordId", "libraryCode"];

    /// <summary>The links for <paramref name="vendorRecordId"/> held at <paramref name="libraryCode"/>.</summary>
    public RequestLinks For(string vendorRecordId, string libraryCode) =>
        new(Fill(Record, vendorRecordId, libraryCode), Fill(Hold, vendorRecordId, libraryCode), Fill(InterlibraryLoan, vendorRecordId, libraryCode));

    /// <summary>Why <paramref name="template"/> is not usable (unknown placeholder, not an absolute http(s) URL once filled), or null.</summary>
    public static string? Problem(string? template)
    {
        if (template is null)
        {
            return null;
        }

        foreach (Match match in PlaceholderPattern().Matches(template))
        {
            if (!Placeholders.Contains(match.Groups[1].Value, StringComparer.Ordinal))
            {
                return $"unknown placeholder {match.Value} (use {string.Join(" or ", Placeholders.Select(p => "{" + p + "}"))})";
            }
        }

        return Fill(template, "12345", "MAIN") is null ? $"'{template}' is not an absolute http(s) URL" : null;
    }

    private static Uri? Fill(string? template, string vendorRecordId, string libraryCode)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return null;
        }

        var text = template
            .Replace("{recordId}", Uri.EscapeDataString(vendorRecordId), StringComparison.Ordinal)
            .Replace("{libraryCode}", Uri.EscapeDataString(libraryCode), StringComparison.Ordinal);
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
    }

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex PlaceholderPattern();
}
