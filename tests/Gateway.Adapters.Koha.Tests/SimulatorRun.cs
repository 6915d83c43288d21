namespace Gateway.Adapters.Koha.Tests;

/// <summary>
/// What a test class against the Koha simulator starts with: the simulator over real HTTP (its webhook secret, its
/// admin control) and a path for the adapter's state file of its own; disposing stops the simulator and deletes the file.
/// </summary>
internal sealed class SimulatorRun : IAsyncDisposable
{
    private SimulatorRun(int records, string prefix, IReadOnlyDictionary<string, string>? settings)
    {
        State = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}.db");
        Simulator = new SimulatorFactory(records, Secret, settings);
        _ = Simulator.Server; // start it
        Koha = new SimulatorControl(Simulator, Secret);
    }

    public string Secret { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The adapter's state (checkpoint) file: SQLite, with its -wal and -shm files.</summary>
    public string State { get; }

    public SimulatorFactory Simulator { get; }

    public SimulatorControl Koha { get; }

    public static SimulatorRun Start(int records, string prefix, IReadOnlyDictionary<string, string>? settings = null) =>
        new(records, prefix, settings);

    public async ValueTask DisposeAsync()
    {
        await Simulator.DisposeAsync();
        foreach (var file in new[] { State, State + "-wal", State + "-shm" })
        {
            File.Delete(file);
        }
    }
}
