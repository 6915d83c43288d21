using System.Globalization;

namespace Gateway.Simulators.Koha.Cgi;

/// <summary>
/// The position of a list harvest, Koha-style slash-separated: metadataPrefix/cursor/from/until/set/last biblionumber.
/// Harvesters must treat it as opaque; the simulator keeps it stateless (records are listed by biblionumber).
/// </summary>
internal sealed record OaiResumptionToken(string MetadataPrefix, int Cursor, string From, string Until, string Set, int AfterId)
{
    public override string ToString() => string.Join('/', MetadataPrefix, Cursor.ToString(CultureInfo.InvariantCulture), From, Until, Set,
        AfterId.ToString(CultureInfo.InvariantCulture));

    public static OaiResumptionToken? Parse(string token, IReadOnlyCollection<string> prefixes)
    {
        var parts = token.Split('/');
        if (parts.Length != 6 || !prefixes.Contains(parts[0]) || parts[4].Length > 0
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var cursor)
            || !int.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var afterId))
        {
            return null;
        }

        var parsed = new OaiResumptionToken(parts[0], cursor, parts[2], parts[3], parts[4], afterId);
        return new OaiRange(parsed.From, parsed.Until).Problem() is null ? parsed : null;
    }
}
