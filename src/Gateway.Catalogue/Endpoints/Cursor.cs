using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Gateway.Catalogue.Endpoints;

/// <summary>Opaque keyset cursors: the last key served, base64url-encoded so clients do not build them.</summary>
internal static class Cursor
{
    private const string Prefix = "r1:";

    public static string Encode(long lastId) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + lastId.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out long lastId)
    {
        lastId = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out lastId);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
