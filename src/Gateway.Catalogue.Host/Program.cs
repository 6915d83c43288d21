using Gateway.Catalogue;
using Gateway.Messaging;
using Gateway.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddCatalogue();
builder.AddGatewayMessaging();

var app = builder.Build();
app.UseGatewayErrorHandling();
app.MapCatalogue();
app.MapDefaultEndpoints();
app.Run();
