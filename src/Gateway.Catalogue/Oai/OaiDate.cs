using System.Globalization;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// A <c>from</c> or <c>until</c> argument: UTC, as <c>YYYY-MM-DD</c> or <c>YYYY-MM-DDThh:mm:ssZ</c> (the repository's
/// granularity is seconds; anything finer or with an offset is a bad argument).
/// </summary>
internal readonly record struct OaiDate(DateTime Value, bool DayGranularity)
{
    private const string DayFormat = "yyyy-MM-dd";
    private const string SecondsFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static bool TryParse(string text, out OaiDate date)
    {
        const DateTimeStyles Utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (DateTime.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, Utc, out var day))
        {
            date = new OaiDate(day, true);
            return true;
        }

        if (DateTime.TryParseExact(text, SecondsFormat, CultureInfo.InvariantCulture, Utc, out var seconds))
        {
            date = new OaiDate(seconds, false);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>The first instant after this date as an inclusive <c>until</c>: the next day, or the next second.</summary>
    public DateTime ExclusiveEnd => DayGranularity ? Value.AddDays(1) : Value.AddSeconds(1);

    /// <summary>A datestamp as the protocol writes it, at the repository's granularity (seconds, UTC).</summary>
    public static string Format(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString(SecondsFormat, CultureInfo.InvariantCulture);
}
