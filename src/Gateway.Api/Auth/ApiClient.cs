namespace Gateway.Api.Auth;

/// <summary>A known client: its name, the SHA-256 of its key and its roles.</summary>
internal sealed record ApiClient(string Name, byte[] KeyHash, IReadOnlyList<string> Roles);
