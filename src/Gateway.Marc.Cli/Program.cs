namespace Gateway.Marc.Cli;

/// <summary>Process entry point: binds the tool to the real console.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, CliConsole.FromSystemConsole());
}
