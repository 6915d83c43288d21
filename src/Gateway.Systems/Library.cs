namespace Gateway.Systems;

/// <summary>A validated library service of a regional system.</summary>
/// <param name="Code">The vendor's code for the library.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="RequestLinks">The library's request-link templates (its own, else its system's).</param>
public sealed record Library(string Code, string Name, RequestLinkTemplates RequestLinks)
{
    /// <summary>A library without request links.</summary>
    public Library(string code, string name)
        : this(code, name, RequestLinkTemplates.None)
    {
    }
}
