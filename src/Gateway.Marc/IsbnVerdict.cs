namespace Gateway.Marc;

/// <summary>What one 020 $a holds: a valid ISBN (as ISBN-13), or the reason it is not one.</summary>
/// <param name="Isbn13">The valid ISBN as 13 digits, or null.</param>
/// <param name="Problem">Why the value is not a valid ISBN, in words staff can act on; null when valid.</param>
public readonly record struct IsbnVerdict(string? Isbn13, string? Problem)
{
    /// <summary>True when the value held a valid ISBN.</summary>
    public bool IsValid => Isbn13 is not null;
}
