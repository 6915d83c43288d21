namespace Gateway.Marc.Cli.Lint;

/// <summary>Content checks on a record the reader read cleanly or repaired: ISBNs, title, character coding.</summary>
internal static class RecordChecks
{
    /// <summary>Leader/06 values of authority, holdings, classification and community records, which have no 245 and no 020.</summary>
    private const string NonBibliographicTypes = "quvwxyz";

    public static IEnumerable<LintFinding> Check(MarcRecord record, int number)
    {
        ArgumentNullException.ThrowIfNull(record);

        // The 001 goes into content findings: the record number alone does not find the record in the source system.
        var id = record.ControlValue("001") is { Length: > 0 } controlNumber ? $" (001 {controlNumber.Trim()})" : string.Empty;

        if (record.Leader[9] == ' ')
        {
            yield return new(Severity.Info, number, null, null, $"MARC-8 record (leader/09 blank){id}");
        }

        if (NonBibliographicTypes.Contains(record.Leader[6], StringComparison.Ordinal))
        {
            yield break;
        }

        if (!record.DataFields("245").Any())
        {
            yield return new(Severity.Warning, number, null, "245", $"no title field (245){id}");
        }

        foreach (var field in record.DataFields("020"))
        {
            foreach (var value in field.Values('a'))
            {
                if (IsbnCheck.Check(value).Problem is { } problem)
                {
                    yield return new(Severity.Warning, number, null, "020", $"{problem}: \"{value}\"{id}");
                }
            }
        }
    }

    /// <summary>
    /// The same checks as <see cref="Check(MarcRecord, int)"/> over a binary record's view, in the same order, without
    /// materialising the record: strings are made for 020 $a values, and for the 001 only when there is a finding.
    /// </summary>
    public static void Check(MarcRecordView view, Action<LintFinding> emit)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(emit);

        var number = view.Number;
        var leader = view.Leader;
        if (leader[9] == (byte)' ')
        {
            emit(new(Severity.Info, number, null, null, $"MARC-8 record (leader/09 blank){Id(view)}"));
        }

        if (NonBibliographicTypes.Contains((char)leader[6], StringComparison.Ordinal))
        {
            return;
        }

        var hasTitle = false;
        foreach (var field in view.Fields)
        {
            hasTitle |= field.TagNumber == 245;
        }

        if (!hasTitle)
        {
            emit(new(Severity.Warning, number, null, "245", $"no title field (245){Id(view)}"));
        }

        foreach (var field in view.Fields)
        {
            if (field.TagNumber != 20)
            {
                continue;
            }

            foreach (var subfield in field.Subfields)
            {
                if (subfield.Code != 'a')
                {
                    continue;
                }

                var value = subfield.GetString();
                if (IsbnCheck.Check(value).Problem is { } problem)
                {
                    emit(new(Severity.Warning, number, null, "020", $"{problem}: \"{value}\"{Id(view)}"));
                }
            }
        }
    }

    /// <summary>" (001 value)" for content findings, or nothing when the record has no 001.</summary>
    private static string Id(MarcRecordView view) =>
        view.TryGetField("001", out var id) && id.IsControlField && id.GetString() is { Length: > 0 } controlNumber ? $" (001 {controlNumber.Trim()})" : string.Empty;
}
