using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Koha.Logging;
using Gateway.Simulators.Koha.Options;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.State;

/// <summary>
/// Applies a change tick every ChangeIntervalSeconds (none when 0). Taking the catalogue in its constructor
/// also makes the host generate it at start-up rather than on the first request.
/// </summary>
internal sealed class ChangeTicker(SystemCatalogue catalogue, ChangeRunner runner, IOptions<KohaSimulatorOptions> options, TimeProvider time, ILogger<ChangeTicker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.ChangeIntervalSeconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.ChangeIntervalSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var now = time.GetUtcNow();
                var changes = runner.Advance(now, settings.ChangesPerTick);
                Log.ChangesApplied(logger, catalogue.Current.Tick, changes.Count, now);
            }
#pragma warning disable CA1031 // A failed tick must not stop the simulator; it is logged and the next tick runs.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Log.ChangeTickFailed(logger, e);
            }
        }
    }
}
