namespace Gateway.Availability.Answers;

/// <summary>What happened when a system was asked: <c>ok</c>, <c>timeout</c>, <c>circuit-open</c> or <c>error</c>.</summary>
internal static class Outcomes
{
    public const string Ok = "ok";
    public const string Timeout = "timeout";
    public const string CircuitOpen = "circuit-open";
    public const string Error = "error";
}
