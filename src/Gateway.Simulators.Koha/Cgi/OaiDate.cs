using System.Globalization;

namespace Gateway.Simulators.Koha.Cgi;

/// <summary>OAI-PMH from/until values: YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (the repository's finest granularity), UTC.</summary>
internal static class OaiDate
{
    public const string SecondsFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The instant and whether it was a day; null when the value is not a legal OAI date.</summary>
    public static (DateTimeOffset Value, bool IsDay)? Parse(string text)
    {
        if (text.Length == 10 && DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
        {
            return (day, true);
        }

        if (text.Length == 20 && DateTimeOffset.TryParseExact(text, SecondsFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return (instant, false);
        }

        return null;
    }

    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString(SecondsFormat, CultureInfo.InvariantCulture);
}
