using Gateway.Catalogue.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddCatalogueHost();

var app = builder.Build();
app.MapCatalogueHost();
app.Run();
