using System.Security.Cryptography;
using System.Text;

namespace Gateway.Adapters.Koha.Events;

/// <summary>Checks <c>X-Koha-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c> in constant time.</summary>
internal static class WebhookSignature
{
    public const string Header = "X-Koha-Signature";
    private const string Prefix = "sha256=";

    public static bool IsValid(string? header, ReadOnlySpan<byte> body, string secret)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>The header value for a body (what a Koha plugin sends).</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
