namespace Gateway.Simulators.Koha.Cgi;

/// <summary>The datestamps a harvest selects: from inclusive, until inclusive (a day until covers the whole day).</summary>
internal sealed record OaiRange(string From, string Until)
{
    private readonly DateTimeOffset? _from = OaiDate.Parse(From)?.Value;
    private readonly DateTimeOffset? _untilExclusive = OaiDate.Parse(Until) is { } u ? (u.IsDay ? u.Value.AddDays(1) : u.Value.AddSeconds(1)) : null;

    /// <summary>Null when both are legal (or empty) and of the same granularity, else why not.</summary>
    public string? Problem()
    {
        var from = From.Length == 0 ? null : OaiDate.Parse(From);
        var until = Until.Length == 0 ? null : OaiDate.Parse(Until);
        if ((From.Length > 0 && from is null) || (Until.Length > 0 && until is null))
        {
            return "from and until must be YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ";
        }

        return from is { } f && until is { } t && f.IsDay != t.IsDay ? "from and until must have the same granularity" : null;
    }

    public bool Contains(DateTimeOffset datestamp) =>
        (_from is not { } from || datestamp >= from) && (_untilExclusive is not { } until || datestamp < until);
}
