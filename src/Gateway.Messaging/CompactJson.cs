using System.Text.Json;
using MassTransit;

namespace Gateway.Messaging;

/// <summary>
/// The bus's JSON without indentation (decision 0028). MassTransit's System.Text.Json serializer writes every message
/// indented, on RabbitMQ and on the in-memory transport alike (which serialises too); for a page of records that is
/// whitespace the writer emits and the reader skips, twice over, as MassTransit reads the envelope and then the
/// message. The JSON means the same (whitespace between tokens is not part of it): names, values and envelope are
/// unchanged for every consumer, in any language.
/// </summary>
public static class CompactJson
{
    /// <summary>
    /// Sets MassTransit's shared serializer options (process-wide, as MassTransit keeps them) to write without
    /// indentation; everything else stays MassTransit's default.
    /// </summary>
    public static void UseCompactJson(this IBusFactoryConfigurator configurator) =>
        configurator.ConfigureJsonSerializerOptions(Compact);

    /// <summary>Turns indentation off in the fresh copy of its options that MassTransit hands over, and returns it.</summary>
    internal static JsonSerializerOptions Compact(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.WriteIndented = false;
        return options;
    }
}
