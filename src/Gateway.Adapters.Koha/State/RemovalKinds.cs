namespace Gateway.Adapters.Koha.State;

/// <summary>What a <see cref="PublishedRemoval"/> removed.</summary>
internal static class RemovalKinds
{
    public const string Record = "record";
    public const string Item = "item";
}
