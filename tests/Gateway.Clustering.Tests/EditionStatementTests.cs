namespace Gateway.Clustering.Tests;

public sealed class EditionStatementTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("2nd ed.", 2)]
    [InlineData("Second edition.", 2)]
    [InlineData("3rd edition, revised.", 3)]
    [InlineData("10th ed", 10)]
    [InlineData("Twelfth edition", 12)]
    [InlineData("Ed. 4", 4)]
    [InlineData("5. Aufl.", 5)]
    [InlineData("Rev. ed.", null)]
    [InlineData("New edition", null)]
    [InlineData("2017 edition", null)]
    public void Number_reads_the_edition(string? statement, int? expected) =>
        Assert.Equal(expected, EditionStatement.Number(statement));
}
