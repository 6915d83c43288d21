using Gateway.Api.Auth;

namespace Gateway.Api.Tests;

/// <summary>The access table read for request paths and route patterns alike.</summary>
public sealed class AccessTableTests
{
    [Theory]
    [InlineData("/api/v1/records", "Hub")]
    [InlineData("/api/v1/records/", "Hub")]
    [InlineData("/api/v1/records/koha-east:2", "Hub")]
    [InlineData("/API/V1/Records/koha-east:2", "Hub")]
    [InlineData("/api/v1/records/c12/availability", "Hub")]
    [InlineData("/api/v1/records/c12/provenance", "Operator")]
    [InlineData("/api/v1/records/{id}/provenance", "Operator")]
    [InlineData("/api/v1/records/provenance", "Hub")]
    [InlineData("/api/v1/availability", "Hub")]
    [InlineData("/api/v1/systems/koha-east", "Hub")]
    [InlineData("/oai", "Hub")]
    [InlineData("/api/v1/ops/problems", "Operator")]
    [InlineData("/api/v1/ops/reconciliation/koha-east", "Operator")]
    [InlineData("/api/v1/adapters/koha-east/availability", "Internal")]
    [InlineData("/api/v1/vendor-events/koha-east", "Signed")]
    [InlineData("/api/v1/vendor-events/koha-east/extra", "Operator")]
    [InlineData("/metrics", "Operator")]
    [InlineData("/health", "Open")]
    [InlineData("/alive", "Open")]
    [InlineData("/openapi/v1.json", "Open")]
    [InlineData("/docs", "Open")]
    [InlineData("/docs/scalar.js", "Open")]
    [InlineData("/something-new", "Operator")]
    [InlineData("/", "Operator")]
    public void Path_gets_the_access_of_the_first_matching_line(string path, string access) =>
        Assert.Equal(Enum.Parse<Access>(access), AccessTable.For(path).Access);

    [Fact]
    public void Only_oai_accepts_basic() =>
        Assert.Equal(["/oai"], AccessTable.Rules.Where(r => r.AllowsBasic).Select(r => r.Template));
}
