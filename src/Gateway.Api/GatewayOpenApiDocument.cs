using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Gateway.Api;

/// <summary>Titles the OpenAPI document and says what it covers.</summary>
internal sealed class GatewayOpenApiDocument : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Library Hub Gateway API";
        document.Info.Version = "v1";
        document.Info.Description =
            "One API over the regional library management systems of NHS knowledge and library services in England. " +
            "Every error is an RFC 9457 problem (application/problem+json) with a stable type URI.";
        return Task.CompletedTask;
    }
}
