using Gateway.Api;
using Gateway.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGatewayApi();

var app = builder.Build();
app.MapGatewayApi();
app.Run();

/// <summary>The gateway host (public for WebApplicationFactory).</summary>
public partial class Program;
