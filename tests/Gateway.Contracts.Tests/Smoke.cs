namespace Gateway.Contracts.Tests;

public sealed class Smoke
{
    [Fact]
    public void Statuses_are_distinct() => Assert.Equal(ItemStatuses.All.Count, ItemStatuses.All.Distinct().Count());
}
