using System.Text;

namespace Gateway.Marc;

/// <summary>
/// A shared cache of short ASCII values (codes, flags, branch and item-type codes, RDA terms) so that readers do not
/// allocate a new string for values that recur in nearly every record, such as a Koha 952's "0" flags or
/// "rdacontent". Direct-mapped: a slot holds the last value hashed to it. Strings are immutable, so sharing one
/// between records and threads is safe; a race on a slot only costs an extra allocation.
/// </summary>
internal static class ShortStrings
{
    /// <summary>Values up to this many bytes are cached.</summary>
    public const int MaxLength = 16;

    private const int Slots = 8192;
    private static readonly string?[] Cache = new string?[Slots];

    /// <summary>
    /// The bytes as a string, shared, when they are short printable ASCII (0x20-0x7E: the same text in UTF-8 and in
    /// MARC-8, which needs an escape, 0x1B, to leave ASCII); null otherwise.
    /// </summary>
    public static string? Get(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxLength)
        {
            return null;
        }

        uint hash = 2166136261;
        foreach (var b in bytes)
        {
            if (b is < 0x20 or > 0x7E)
            {
                return null;
            }

            hash = (hash ^ b) * 16777619;
        }

        ref var slot = ref Cache[(hash ^ (hash >> 15)) & (Slots - 1)];
        var cached = slot;
        if (cached is not null && Equal(cached, bytes))
        {
            return cached;
        }

        var created = Encoding.ASCII.GetString(bytes);
        slot = created;
        return created;
    }

    private static bool Equal(string cached, ReadOnlySpan<byte> bytes)
    {
        if (cached.Length != bytes.Length)
        {
            return false;
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            if (cached[i] != bytes[i])
            {
                return false;
            }
        }

        return true;
    }
}
