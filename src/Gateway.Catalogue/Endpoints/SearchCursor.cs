using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Gateway.Catalogue.Endpoints;

/// <summary>
/// The opaque cursor of a search page: the last hit's key, base64url-encoded so clients do not build it — its score
/// and cluster id when the search is ranked (<c>q</c>), its cluster id alone otherwise (decision 0021).
/// </summary>
internal sealed record SearchCursor(int? Score, string ClusterId)
{
    private const string Prefix = "s1:";

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
        $"{Prefix}{Score?.ToString(CultureInfo.InvariantCulture) ?? "-"}:{ClusterId}"));

    public static bool TryDecode(string text, out SearchCursor? cursor)
    {
        cursor = null;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
        }
        catch (FormatException)
        {
            return false;
        }

        var parts = decoded.Split(':');
        if (parts.Length != 3 || parts[0] + ":" != Prefix || !ClusterIdFormat.IsClusterId(parts[2]))
        {
            return false;
        }

        if (parts[1] == "-")
        {
            cursor = new SearchCursor(null, parts[2]);
            return true;
        }

        if (!int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score))
        {
            return false;
        }

        cursor = new SearchCursor(score, parts[2]);
        return true;
    }
}
