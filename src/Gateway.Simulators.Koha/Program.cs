using Gateway.Simulators.Koha;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddKohaSimulator(builder.Configuration);

var app = builder.Build();
app.MapKohaSimulator();
app.Run();

/// <summary>The simulator's entry point, public so WebApplicationFactory can host it in tests.</summary>
#pragma warning disable CA1515 // Program must be public for WebApplicationFactory<Program>.
public partial class Program;
#pragma warning restore CA1515
