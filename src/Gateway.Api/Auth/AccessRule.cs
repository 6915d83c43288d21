namespace Gateway.Api.Auth;

/// <summary>
/// One line of the <see cref="AccessTable"/>: a path template (segments; <c>{x}</c> matches one segment, a final
/// <c>{**x}</c> any number, none included) and what it needs.
/// </summary>
/// <param name="Template">The path template, e.g. <c>/api/v1/records/{id}/provenance</c>.</param>
/// <param name="Access">What a caller needs.</param>
/// <param name="AllowsBasic">Whether HTTP Basic (client name and key) is accepted besides the bearer key (OAI-PMH harvesters).</param>
internal sealed record AccessRule(string Template, Access Access, bool AllowsBasic = false)
{
    /// <summary>The template's segments, parsed once.</summary>
    public IReadOnlyList<string> Segments { get; } = PathSegments.Split(Template);

    /// <summary>The role a client needs for this rule (null when no key is needed).</summary>
    public string? Role => Access switch
    {
        Access.Hub => GatewayRoles.Hub,
        Access.Operator or Access.Internal => GatewayRoles.Operator,
        _ => null,
    };
}
