namespace Gateway.Simulators.Koha.Query;

/// <summary>
/// Query-string parameters Koha rejects before the controller runs. Unknown names fail Koha's own check
/// (body: a bare array of {path, message}); values of the wrong type fail Mojolicious::Plugin::OpenAPI
/// (body: {"errors": [...], "status": 400}).
/// </summary>
internal sealed class BadParameterException(IReadOnlyList<ParameterError> errors, bool openApiShape)
    : Exception("Invalid query parameters: " + string.Join(", ", errors.Select(e => e.Path)))
{
    public IReadOnlyList<ParameterError> Errors { get; } = errors;

    public bool OpenApiShape { get; } = openApiShape;
}
