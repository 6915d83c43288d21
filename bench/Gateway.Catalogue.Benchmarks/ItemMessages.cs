using Gateway.Contracts;

namespace Gateway.Catalogue.Benchmarks;

/// <summary>
/// The item change events a first item harvest publishes for records already ingested, as the Koha adapter publishes
/// them: for each item a <see cref="HoldingsChanged"/> of that one item, then its <see cref="ItemAvailabilityChanged"/>,
/// every item newer than the one before. Items are spread over <see cref="Libraries"/> so records have several library
/// sets; a status is <c>available</c> or, for every third item, <c>on-loan</c>.
/// </summary>
internal static class ItemMessages
{
    /// <summary>Library codes items are spread over.</summary>
    public static readonly string[] Libraries = ["MAIN", "WEST", "EAST"];

    private static readonly DateTimeOffset Start = new(2026, 11, 24, 6, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Two messages an item, <paramref name="itemsPerRecord"/> items for each record, records in the order given; item ids
    /// start with <paramref name="prefix"/>, timestamps a millisecond apart from <paramref name="after"/> past a fixed start.
    /// </summary>
    public static IEnumerable<object> ForRecords(IEnumerable<(string SystemId, string VendorRecordId)> records, int itemsPerRecord, string prefix, TimeSpan after)
    {
        var n = 0L;
        foreach (var (systemId, recordId) in records)
        {
            for (var i = 0; i < itemsPerRecord; i++)
            {
                var at = Start + after + TimeSpan.FromMilliseconds(n++);
                var itemId = $"{prefix}{recordId}-{i}";
                var library = Libraries[i % Libraries.Length];
                yield return new HoldingsChanged
                {
                    SystemId = systemId,
                    VendorRecordId = recordId,
                    SourceTimestamp = at,
                    CorrelationId = Guid.NewGuid(),
                    Items = [new HoldingItem { VendorItemId = itemId, LibraryCode = library, CallNumber = $"WB {i}", SourceTimestamp = at }],
                };
                yield return new ItemAvailabilityChanged
                {
                    SystemId = systemId,
                    VendorRecordId = recordId,
                    VendorItemId = itemId,
                    LibraryCode = library,
                    Status = i % 3 == 2 ? ItemStatuses.OnLoan : ItemStatuses.Available,
                    DueDate = i % 3 == 2 ? at.AddDays(14) : null,
                    SourceTimestamp = at,
                    CorrelationId = Guid.NewGuid(),
                };
            }
        }
    }

    /// <summary>
    /// The messages as runs of up to <paramref name="runSize"/> consecutive changes of one system (<see cref="ItemsChanged"/>),
    /// in the same order; unchanged when <paramref name="runSize"/> is 0.
    /// </summary>
    public static IEnumerable<object> InRuns(IEnumerable<object> messages, int runSize)
    {
        if (runSize <= 0)
        {
            foreach (var message in messages)
            {
                yield return message;
            }

            yield break;
        }

        var run = new List<ItemChange>(runSize);
        string? system = null;
        foreach (var message in messages)
        {
            var change = message switch
            {
                HoldingsChanged h => new ItemChange { Holdings = h },
                ItemAvailabilityChanged a => new ItemChange { Availability = a },
                _ => throw new ArgumentException($"Not an item change: {message.GetType().Name}", nameof(messages)),
            };
            var changeSystem = change.Holdings?.SystemId ?? change.Availability!.SystemId;
            if (run.Count == runSize || (system is not null && system != changeSystem))
            {
                yield return new ItemsChanged { SystemId = system!, CorrelationId = Guid.NewGuid(), Changes = [.. run] };
                run.Clear();
            }

            system = changeSystem;
            run.Add(change);
        }

        if (run.Count > 0)
        {
            yield return new ItemsChanged { SystemId = system!, CorrelationId = Guid.NewGuid(), Changes = [.. run] };
        }
    }
}
