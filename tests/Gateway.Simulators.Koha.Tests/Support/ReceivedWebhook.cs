using System.Net;

namespace Gateway.Simulators.Koha.Tests.Support;

/// <summary>One request the receiver saw and what it answered.</summary>
public sealed record ReceivedWebhook(Uri Url, byte[] Body, IReadOnlyDictionary<string, string> Headers, string? ContentType, HttpStatusCode Answer);
