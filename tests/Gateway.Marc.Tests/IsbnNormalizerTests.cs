namespace Gateway.Marc.Tests;

public sealed class IsbnNormalizerTests
{
    [Theory]
    [InlineData("0306406152", "9780306406157")]
    [InlineData("0-306-40615-2", "9780306406157")]
    [InlineData("080442957X", "9780804429573")]
    [InlineData("080442957x", "9780804429573")]
    public void Isbn10_is_converted_to_isbn13(string isbn10, string expected)
    {
        Assert.Equal(expected, IsbnNormalizer.ToIsbn13(isbn10));
    }

    [Theory]
    [InlineData("9780306406157")]
    [InlineData("978-0-306-40615-7")]
    [InlineData("979-10-90636-07-1")]
    public void Valid_isbn13_is_kept_as_digits(string isbn13)
    {
        Assert.Equal(isbn13.Replace("-", ""), IsbnNormalizer.ToIsbn13(isbn13));
    }

    [Theory]
    [InlineData("0306406153")]
    [InlineData("9780306406158")]
    [InlineData("0804429579")]
    [InlineData("X306406152")]
    [InlineData("4006381333931")]
    [InlineData("030640615")]
    [InlineData("97803064061570")]
    [InlineData("")]
    [InlineData("not an isbn")]
    public void Invalid_isbn_is_rejected(string raw)
    {
        Assert.Null(IsbnNormalizer.ToIsbn13(raw));
    }

    [Theory]
    [InlineData("0471383147 (paper/cd-rom : alk. paper)", "0471383147")]
    [InlineData("978-0-306-40615-7(pbk.)", "978-0-306-40615-7")]
    [InlineData("ISBN 0306406152", "0306406152")]
    [InlineData("(pbk.)", null)]
    public void Leading_token_ignores_qualifiers(string value, string? expected)
    {
        Assert.Equal(expected, IsbnNormalizer.LeadingToken(value));
    }
}
