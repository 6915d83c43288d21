using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Gateway.Catalogue.Options;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// Writes resumption tokens as <c>base64url(payload).base64url(HMAC-SHA256(payload))</c> and reads them back strictly:
/// a token not made by this repository's key, altered, or past its expiry is refused (badResumptionToken).
/// </summary>
internal sealed class ResumptionTokenCodec
{
    private const int MacBytes = 16;
    private readonly byte[] _key;

    public ResumptionTokenCodec(IOptions<OaiOptions> options)
    {
        var configured = options.Value.TokenKey;
        _key = string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured);
        if (_key.Length < 32)
        {
            throw new InvalidOperationException("Oai:TokenKey must be base64 of at least 32 bytes.");
        }
    }

    /// <summary>True when <paramref name="text"/> is base64 of a key long enough to sign tokens (32 bytes or more).</summary>
    public static bool IsKey(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var length) && length >= 32;
    }

    public string Encode(ResumptionToken token)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(token, CatalogueJson.Options);
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Mac(payload))}";
    }

    /// <summary>The token, or null with the reason.</summary>
    public ResumptionToken? Decode(string text, DateTimeOffset now, out string? reason)
    {
        reason = "The resumptionToken is not one this repository issued.";
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !TryDecode(text[..dot], out var payload) || !TryDecode(text[(dot + 1)..], out var mac)
            || !CryptographicOperations.FixedTimeEquals(mac, Mac(payload)))
        {
            return null;
        }

        ResumptionToken? token;
        try
        {
            token = JsonSerializer.Deserialize<ResumptionToken>(payload, CatalogueJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }

        if (token is null)
        {
            return null;
        }

        if (token.ExpiresAt <= now)
        {
            reason = $"The resumptionToken expired at {OaiDate.Format(token.ExpiresAt.UtcDateTime)}: start the list again.";
            return null;
        }

        reason = null;
        return token;
    }

    private byte[] Mac(byte[] payload) => HMACSHA256.HashData(_key, payload)[..MacBytes];

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (!Base64Url.IsValid(text))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(text);
        return true;
    }
}
