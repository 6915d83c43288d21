namespace Gateway.Adapters.Koha.Availability;

/// <summary>
/// A live lookup's result as both ways in deliver it: the availability, or the problem (status, RFC 9457 type, detail)
/// that the route sends and an in-process caller receives as an exception.
/// </summary>
/// <param name="Answer">The availability, when the lookup succeeded.</param>
/// <param name="Status">The HTTP status of the problem (400, 404, 502, 504), when it failed.</param>
/// <param name="ProblemType">The problem's type (<see cref="ServiceDefaults.ProblemTypes"/>), when it failed.</param>
/// <param name="Detail">What went wrong, for people, when it failed.</param>
internal sealed record LookupOutcome(SystemAvailability? Answer, int Status, string? ProblemType, string? Detail)
{
    public static LookupOutcome Ok(SystemAvailability answer) => new(answer, 200, null, null);

    public static LookupOutcome Problem(int status, string type, string detail) => new(null, status, type, detail);
}
