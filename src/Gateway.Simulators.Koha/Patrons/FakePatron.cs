namespace Gateway.Simulators.Koha.Patrons;

/// <summary>A fake patron (see <see cref="FakePatrons"/>).</summary>
internal sealed record FakePatron(int PatronId, string CardNumber, string Firstname, string Email);
