using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Gateway.Api.Auth;

/// <summary>
/// Declares the security schemes (a bearer key, the same key in <c>X-Api-Key</c>, HTTP Basic for <c>/oai</c>) and, for
/// each operation, what the <see cref="AccessTable"/> asks of it, with its 401 and 403 problems.
/// </summary>
internal sealed class AccessOpenApiDocument : IOpenApiDocumentTransformer
{
    public const string Bearer = "apiKey";
    public const string Header = "apiKeyHeader";
    public const string Basic = "basic";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A client's API key: 'Authorization: Bearer <key>' (clients and their roles, hub and operator, are configured " +
                "in Gateway:Auth:Clients); where Gateway:Auth:Jwt is set, also an identity provider's JWT with the roles in a claim.",
        };
        document.Components.SecuritySchemes[Header] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = PresentedCredentials.ApiKeyHeader,
            Description = "The same key in the X-Api-Key header.",
        };
        document.Components.SecuritySchemes[Basic] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "basic",
            Description = "HTTP Basic with the client's name and key, accepted on /oai only (OAI-PMH harvesters).",
        };

        foreach (var (path, item) in document.Paths)
        {
            var rule = AccessTable.For(path);
            if (rule.Role is null || item.Operations is null)
            {
                continue;
            }

            foreach (var operation in item.Operations.Values)
            {
                Secure(document, operation, rule);
            }
        }

        return Task.CompletedTask;
    }

    private static void Secure(OpenApiDocument document, OpenApiOperation operation, AccessRule rule)
    {
        var scopes = new List<string>();
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = scopes });
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Header, document)] = scopes });
        if (rule.AllowsBasic)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Basic, document)] = scopes });
        }

        var needs = $"Needs the key of a client with the role '{rule.Role}'.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? needs : operation.Description + "\n\n" + needs;
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No key, or a key no client has (RFC 9457 problem, WWW-Authenticate)." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"The client does not have the role '{rule.Role}' (RFC 9457 problem)." });
    }
}
