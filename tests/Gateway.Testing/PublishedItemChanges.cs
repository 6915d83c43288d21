using Gateway.Contracts;
using MassTransit.Testing;

namespace Gateway.Testing;

/// <summary>
/// The item changes a MassTransit test harness saw published, one entry a change: runs (<see cref="ItemsChanged"/>,
/// decision 0036) flattened in their own order, single <see cref="HoldingsChanged"/> and
/// <see cref="ItemAvailabilityChanged"/> messages as they are, all in publish order. Duplicates stay, so tests can still
/// assert that nothing was published twice.
/// </summary>
public static class PublishedItemChanges
{
    /// <summary>Every holdings change published so far, in publish order.</summary>
    public static List<HoldingsChanged> Holdings(ITestHarness harness) => [.. Changes(harness).Select(c => c.Holdings).OfType<HoldingsChanged>()];

    /// <summary>Every item status change published so far, in publish order.</summary>
    public static List<ItemAvailabilityChanged> Availability(ITestHarness harness) =>
        [.. Changes(harness).Select(c => c.Availability).OfType<ItemAvailabilityChanged>()];

    /// <summary>Every item change published so far, single messages as one-entry changes, in publish order.</summary>
    public static List<ItemChange> Changes(ITestHarness harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        var changes = new List<ItemChange>();
        foreach (var published in harness.PublishedSoFar())
        {
            switch (published.MessageObject)
            {
                case ItemsChanged run:
                    changes.AddRange(run.Changes);
                    break;
                case HoldingsChanged holdings:
                    changes.Add(new ItemChange { Holdings = holdings });
                    break;
                case ItemAvailabilityChanged availability:
                    changes.Add(new ItemChange { Availability = availability });
                    break;
            }
        }

        return changes;
    }
}
