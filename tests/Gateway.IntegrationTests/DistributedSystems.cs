namespace Gateway.IntegrationTests;

/// <summary>
/// The test classes that start a whole distributed system (four processes each) run one after the other: together
/// they would share two cores with the test host and slow each other past their polling limits.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DistributedSystems
{
    public const string Name = "Distributed system";
}
