namespace Gateway.Marc.Cli.Input;

/// <summary>What <see cref="FormatSniffer"/> made of the first bytes: a format, or the reason there is none.</summary>
internal readonly record struct SniffResult(InputFormat? Format, string? Reason)
{
    public static SniffResult Of(InputFormat format) => new(format, null);

    public static SniffResult Unknown(string reason) => new(null, reason);
}
