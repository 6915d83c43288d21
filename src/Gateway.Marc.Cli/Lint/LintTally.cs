using System.Globalization;
using Gateway.Marc.Cli.Reading;

namespace Gateway.Marc.Cli.Lint;

/// <summary>Counts lint findings by level, and the records that have an error or a warning.</summary>
internal sealed class LintTally
{
    private readonly DistinctRecordCounter _recordsWithProblems = new();

    public long Errors { get; private set; }

    public long Warnings { get; private set; }

    public long Infos { get; private set; }

    public long RecordsWithProblems => _recordsWithProblems.Count;

    public void Add(LintFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        switch (finding.Severity)
        {
            case Severity.Error:
                Errors++;
                break;
            case Severity.Warning:
                Warnings++;
                break;
            default:
                Infos++;
                return;
        }

        _recordsWithProblems.Add(finding.RecordNumber);
    }

    /// <summary><c>summary: 120 records, 1 skipped, 3 with problems, 2 errors, 4 warnings, 0 info</c>.</summary>
    public string Summary(long records, long skipped) => string.Create(
        CultureInfo.InvariantCulture,
        $"summary: {records} records, {skipped} skipped, {RecordsWithProblems} with problems, {Errors} errors, {Warnings} warnings, {Infos} info");
}
