using System.Net;
using System.Text.Json;
using Gateway.ServiceDefaults;

namespace Gateway.Api.Tests;

/// <summary>Asserts that a response is an RFC 9457 problem of the gateway's shape.</summary>
internal static class ProblemAssert
{
    public const string MediaType = "application/problem+json";

    /// <summary>
    /// Checks status, media type, the stable <c>type</c> URI (<paramref name="typeName"/> under the gateway's base),
    /// the <c>status</c> member, a <c>traceId</c> and, unless told otherwise, a <c>detail</c>; returns the body.
    /// </summary>
    public static async Task<JsonElement> IsProblemAsync(
        HttpResponseMessage response, HttpStatusCode status, string typeName, bool requireDetail = true)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal(MediaType, response.Content.Headers.ContentType?.MediaType);

        using var document = JsonDocument.Parse(text);
        var body = document.RootElement.Clone();
        var type = body.GetProperty("type").GetString();
        Assert.Equal(ProblemTypes.Uri(typeName), type);
        Assert.EndsWith("/" + typeName, type, StringComparison.Ordinal);
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("traceId").GetString()), "traceId is empty");
        if (requireDetail)
        {
            Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()), "detail is empty");
        }

        return body;
    }
}
