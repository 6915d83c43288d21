namespace Gateway.Marc.Cli.Tests;

/// <summary>Runs gateway-marc in-process against in-memory standard streams.</summary>
internal static class Cli
{
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, stdin: null);

    public static async Task<CliResult> RunAsync(string[] args, byte[]? stdin, bool errorIsTerminal = false, TimeProvider? clock = null)
    {
        using var input = new MemoryStream(stdin ?? []);
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(input, output, error, errorIsTerminal, clock ?? TimeProvider.System);

        var exitCode = await CliApp.RunAsync(args, console);

        return new CliResult(exitCode, output.ToArray(), error.ToString());
    }
}
