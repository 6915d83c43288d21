using System.Text;

namespace Gateway.Marc.Cli.Tests;

/// <summary>What one in-process run of the tool gave: exit code, standard output (bytes and text) and standard error.</summary>
internal sealed record CliResult(int ExitCode, byte[] OutputBytes, string Error)
{
    public string Output => Encoding.UTF8.GetString(OutputBytes);

    /// <summary>Standard output split into lines, without the empty one after the last newline.</summary>
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
