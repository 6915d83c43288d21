using System.Net;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>Koha answered with an error status or a body that could not be read. The message never holds secrets.</summary>
public sealed class KohaApiException : Exception
{
    public KohaApiException() { }

    public KohaApiException(string message) : base(message) { }

    public KohaApiException(string message, Exception inner) : base(message, inner) { }

    public KohaApiException(string message, HttpStatusCode? status, Exception? inner = null) : base(message, inner) =>
        Status = status;

    /// <summary>The HTTP status Koha answered with, when there was one.</summary>
    public HttpStatusCode? Status { get; }
}
