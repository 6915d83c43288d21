namespace Gateway.Marc.Cli.Lint;

/// <summary>What one 020 $a holds: a valid ISBN (as ISBN-13), or the reason it is not one.</summary>
internal readonly record struct IsbnVerdict(string? Isbn13, string? Problem)
{
    public bool IsValid => Isbn13 is not null;
}
