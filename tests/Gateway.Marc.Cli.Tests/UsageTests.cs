namespace Gateway.Marc.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData(new string[0], "no command given")]
    [InlineData(new[] { "check", "x.mrc" }, "unknown command 'check'")]
    [InlineData(new[] { "--verbose" }, "unknown option '--verbose'")]
    [InlineData(new[] { "lint" }, "Required argument 'FILE' missing")]
    [InlineData(new[] { "lint", "--bogus", "x.mrc" }, "Unknown option '--bogus'")]
    [InlineData(new[] { "convert", "x.mrc" }, "Option '--to' is required")]
    [InlineData(new[] { "convert", "--to", "pdf", "x.mrc" }, "'pdf'")]
    [InlineData(new[] { "stats", "--top", "0", "x.mrc" }, "--top must be at least 1")]
    [InlineData(new[] { "stats", "--from", "csv", "x.mrc" }, "'csv'")]
    public async Task Usage_errors_exit_2_with_a_clear_message_on_standard_error(string[] args, string message)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.OutputBytes);
    }

    [Fact]
    public async Task A_missing_file_exits_2()
    {
        var result = await Cli.RunAsync("lint", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".mrc"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("gateway-marc: cannot read ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help", "convert")]
    [InlineData("-h", "stats")]
    public async Task Tool_help_lists_the_commands_and_exits_0(string option, string command)
    {
        var result = await Cli.RunAsync(option);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("gateway-marc [command] [options]", result.Output, StringComparison.Ordinal);
        Assert.Contains(command, result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("convert", "--to <json|marcxml|mrc>")]
    [InlineData("lint", "warning  the record reads but its content is wrong")]
    [InlineData("stats", "--json")]
    public async Task Each_command_has_help_with_its_options_and_details(string command, string expected)
    {
        var result = await Cli.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"gateway-marc {command} <FILE> [options]", result.Output, StringComparison.Ordinal);
        Assert.Contains("Details:", result.Output, StringComparison.Ordinal);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }
}
