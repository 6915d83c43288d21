namespace Gateway.Api.Auth;

/// <summary>Splits paths and route templates into segments and matches them (case-insensitive, as routing does).</summary>
internal static class PathSegments
{
    public static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Whether <paramref name="path"/> (a request path, or an endpoint's route pattern whose parameters match any
    /// template segment) falls under <paramref name="template"/>.
    /// </summary>
    public static bool Matches(IReadOnlyList<string> template, IReadOnlyList<string> path)
    {
        for (var i = 0; i < template.Count; i++)
        {
            var segment = template[i];
            if (segment.StartsWith("{**", StringComparison.Ordinal))
            {
                return true;
            }

            if (i >= path.Count)
            {
                return false;
            }

            if (!IsParameter(segment) && !string.Equals(segment, path[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return path.Count == template.Count;
    }

    private static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}
