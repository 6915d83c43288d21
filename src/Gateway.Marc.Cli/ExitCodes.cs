namespace Gateway.Marc.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Done, and no problem was found.</summary>
    public const int Ok = 0;

    /// <summary>Done, but problems were found (lint findings, records repaired or skipped while reading).</summary>
    public const int Problems = 1;

    /// <summary>Usage error (unknown command or option, missing argument) or an input that cannot be read as MARC.</summary>
    public const int Usage = 2;
}
