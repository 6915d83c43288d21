using Microsoft.AspNetCore.WebUtilities;

namespace Gateway.Availability.Adapters;

/// <summary>
/// An adapter answered, but not with availability: its status and what it said. Over HTTP it is made from the
/// adapter's problem response; an adapter in this process throws it (<see cref="FromProblem"/>) with the status and
/// message its route would have sent, so both paths give the same outcome and reason.
/// </summary>
public sealed class AdapterCallException : Exception
{
    /// <summary>An adapter's failure with its HTTP status, when it has one.</summary>
    public AdapterCallException(string message, int? status = null)
        : base(message) => Status = status;

    /// <summary>An adapter's failure without a status.</summary>
    public AdapterCallException()
    {
    }

    /// <summary>An adapter's failure caused by another exception (e.g. unreadable JSON).</summary>
    public AdapterCallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The adapter's HTTP status, when it answered with one.</summary>
    public int? Status { get; }

    /// <summary>
    /// The failure as the HTTP path reports an adapter's problem response: <c>{status} {reason phrase}: {detail}</c>
    /// (e.g. <c>502 Bad Gateway: koha-east answered 500</c>).
    /// </summary>
    public static AdapterCallException FromProblem(int status, string? detail)
    {
        var line = $"{status} {ReasonPhrases.GetReasonPhrase(status)}";
        return new AdapterCallException(string.IsNullOrEmpty(detail) ? line : $"{line}: {detail}", status);
    }
}
