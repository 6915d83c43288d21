using System.Text.Json;

namespace Gateway.Marc.Cli.Tests;

/// <summary>Runs lint and stats over real MARC samples from other libraries (pymarc, marc4j, ruby-marc, MARC::Record, yaz).</summary>
public sealed class VendorFixtureTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Lint_and_stats_read_every_vendor_binary_file_without_crashing()
    {
        var folder = VendorFixtures.RequireBinaryFolder();
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);

        long totalRecords = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var lint = await Cli.RunAsync("lint", file);
            var stats = await Cli.RunAsync("stats", "--json", "--all", file);

            if (lint.ExitCode == 2)
            {
                // A sample that is not MARC at all (a text dump, a bare MARC-8 string) is refused, and must say so.
                Assert.Contains("is not MARC", lint.Error, StringComparison.Ordinal);
                Assert.Equal(2, stats.ExitCode);
                output.WriteLine($"{name}: refused: {lint.Error.Trim()}");
                continue;
            }

            Assert.True(lint.ExitCode is 0 or 1, $"{name}: lint exit code {lint.ExitCode}: {lint.Error}");
            Assert.Equal(0, stats.ExitCode);
            var summary = lint.OutputLines[^1];
            Assert.StartsWith("summary: ", summary, StringComparison.Ordinal);
            Assert.Equal(lint.ExitCode == 1, lint.OutputLines.Length > 1);

            using var document = JsonDocument.Parse(stats.OutputBytes);
            var records = document.RootElement.GetProperty("records").GetInt64();
            var problems = document.RootElement.GetProperty("problems").GetInt64();
            Assert.StartsWith($"summary: {records} records, ", summary, StringComparison.Ordinal);
            Assert.True(records > 0 || problems > 0, $"{name} gave neither a record nor a problem");
            totalRecords += records;
            output.WriteLine($"{name}: lint exit {lint.ExitCode}, {summary}; stats: {records} records, {problems} problems");
        }

        output.WriteLine($"{files.Count} files, {totalRecords} records");
    }
}
