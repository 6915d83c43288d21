using System.Globalization;
using System.Text;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// The set specs of the provider: <c>region:{region}</c>, <c>system:{systemId}</c>,
/// <c>library:{systemId}.{libraryCode}</c> (a library code is unique only within its system), and their parents
/// <c>region</c>, <c>system</c>, <c>library</c>. Characters a setSpec cannot carry are written <c>~XX</c> (UTF-8 bytes).
/// Only <c>system:…</c> and <c>library:…</c> are stored (<c>cluster_sets</c>); regions and parents follow from them
/// (<see cref="StoredSets"/>, decision 0036).
/// </summary>
internal static class OaiSets
{
    public const string RegionParent = "region";
    public const string SystemParent = "system";
    public const string LibraryParent = "library";

    public static string Region(string region) => $"{RegionParent}:{Escape(region)}";

    public static string System(string systemId) => $"{SystemParent}:{Escape(systemId)}";

    public static string Library(string systemId, string libraryCode) => $"{LibraryParent}:{Escape(systemId)}.{Escape(libraryCode)}";

    /// <summary>Whether a set spec is one of the three parents.</summary>
    public static bool IsParent(string spec) => spec is RegionParent or SystemParent or LibraryParent;

    /// <summary>The prefix every child of a parent set starts with (<c>system</c> → <c>system:</c>).</summary>
    public static string ChildPrefix(string parent) => parent + ":";

    /// <summary>Keeps the characters the OAI-PMH setSpec pattern allows (less <c>~</c> and <c>.</c>), escapes the rest.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '!' or '*' or '\'' or '(' or ')')
            {
                text.Append(c);
            }
            else
            {
                text.Append('~').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
