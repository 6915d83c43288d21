using Gateway.Simulators.Data.Randomness;
using Gateway.Simulators.Koha.Options;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Faults;

/// <summary>The active fault settings and a seeded random source for the per-request rolls.</summary>
internal sealed class FaultState(IOptions<KohaSimulatorOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Prng _random = Prng.For((ulong)(uint)options.Value.Seed, "faults", 0);
    private FaultSettings _settings = FaultSettings.None;

    public FaultSettings Settings => Volatile.Read(ref _settings);

    public void Set(FaultSettings settings) => Volatile.Write(ref _settings, settings);

    public void Clear() => Set(FaultSettings.None);

    /// <summary>True with the given probability (0 never, 1 always).</summary>
    public bool Roll(double rate)
    {
        if (rate <= 0)
        {
            return false;
        }

        lock (_gate)
        {
            return _random.NextDouble() < rate;
        }
    }
}
