using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Gateway.Simulators.Koha.Tests.Support;

/// <summary>
/// Starts the simulator as its <c>Program</c> does (<c>AddKohaSimulator</c>, <c>MapKohaSimulator</c>, Kestrel on a free
/// loopback port) with some settings changed, for tests of start-up failures. Not through WebApplicationFactory: when
/// a host fails to start, the factory sometimes reports an <see cref="ObjectDisposedException"/> from tearing it down
/// instead of the start-up error (under load in CI, even three attempts in a row).
/// </summary>
internal static class SimulatorStartUp
{
    /// <summary>The error the start-up fails with; fails the test if it starts.</summary>
    public static async Task<Exception> FailureAsync(IDictionary<string, string?> overrides)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(KohaSimulatorFactory.SettingsWith(overrides));
        builder.Services.AddKohaSimulator(builder.Configuration);
        await using var app = builder.Build();
        app.MapKohaSimulator();
        var error = await Record.ExceptionAsync(() => app.StartAsync(TestContext.Current.CancellationToken));
        if (error is null)
        {
            await app.StopAsync(TestContext.Current.CancellationToken);
        }

        Assert.NotNull(error);
        return error;
    }
}
