namespace Gateway.Availability.Answers;

/// <summary>A system's outcome in one request, with a short reason unless it is <c>ok</c>.</summary>
internal sealed record SystemOutcome(string Outcome, string? Reason)
{
    public static readonly SystemOutcome Ok = new(Outcomes.Ok, null);
}
