using Gateway.Contracts;
using MassTransit.Testing;

namespace Gateway.Testing;

/// <summary>
/// The changed records a MassTransit test harness saw published, one entry a record: pages
/// (<see cref="BibliographicRecordsChanged"/>, decision 0024) flattened in their own order, single
/// <see cref="BibliographicRecordChanged"/> messages as they are, all in publish order. Duplicates stay, so tests can
/// still assert that nothing was published twice.
/// </summary>
public static class PublishedRecordChanges
{
    /// <summary>Every changed record published so far, in publish order.</summary>
    public static List<BibliographicRecordChanged> Of(ITestHarness harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        var records = new List<BibliographicRecordChanged>();
        foreach (var published in harness.PublishedSoFar())
        {
            switch (published.MessageObject)
            {
                case BibliographicRecordsChanged page:
                    records.AddRange(page.Records);
                    break;
                case BibliographicRecordChanged record:
                    records.Add(record);
                    break;
            }
        }

        return records;
    }

    /// <summary>The pages published so far, in publish order.</summary>
    public static List<BibliographicRecordsChanged> Pages(ITestHarness harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        return [.. harness.PublishedSoFar<BibliographicRecordsChanged>().Select(m => m.Context.Message)];
    }
}
