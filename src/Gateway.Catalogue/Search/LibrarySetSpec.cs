using System.Globalization;
using System.Text;
using Gateway.Catalogue.Oai;

namespace Gateway.Catalogue.Search;

/// <summary>Reads back a <c>library:{systemId}.{libraryCode}</c> set spec as <see cref="OaiSets.Library"/> writes it.</summary>
internal static class LibrarySetSpec
{
    public const string Prefix = OaiSets.LibraryParent + ":";

    public static bool TryParse(string setSpec, out string systemId, out string code)
    {
        systemId = code = "";
        if (!setSpec.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        // Escaping turns every '.' of either part into ~2E, so the one left separates them.
        var parts = setSpec[Prefix.Length..].Split('.');
        if (parts.Length != 2)
        {
            return false;
        }

        systemId = Unescape(parts[0]);
        code = Unescape(parts[1]);
        return true;
    }

    private static string Unescape(string value)
    {
        if (!value.Contains('~', StringComparison.Ordinal))
        {
            return value;
        }

        var bytes = new List<byte>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '~' && i + 2 < value.Length
                && byte.TryParse(value.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else
            {
                bytes.Add((byte)value[i]);
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
