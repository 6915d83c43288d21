namespace Gateway.Availability.Adapters;

/// <summary>An adapter answered, but not with availability: its status and what it said.</summary>
internal sealed class AdapterCallException : Exception
{
    public AdapterCallException(string message, int? status = null)
        : base(message) => Status = status;

    public AdapterCallException()
    {
    }

    public AdapterCallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The adapter's HTTP status, when it answered with one.</summary>
    public int? Status { get; }
}
