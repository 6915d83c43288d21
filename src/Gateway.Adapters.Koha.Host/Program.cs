using Gateway.Adapters.Koha;
using Gateway.Messaging;
using Gateway.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddKohaAdapter();
builder.AddGatewayMessaging();

var app = builder.Build();
app.UseGatewayErrorHandling();
app.MapKohaAdapter();
app.MapDefaultEndpoints();
app.Run();
