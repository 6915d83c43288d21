namespace Gateway.Clustering.Tests;

public sealed class PartDesignationTests
{
    [Theory]
    [InlineData("v. 2", "2")]
    [InlineData("Vol. 2.", "2")]
    [InlineData("Volume II", "2")]
    [InlineData("Part IV", "4")]
    [InlineData("Volume V", "5")]
    [InlineData("Bd. 3", "3")]
    public void Number_of_part_agrees_however_written(string number, string expected) =>
        Assert.Equal(expected, PartDesignation.Fold([number], []));

    [Fact]
    public void Number_and_name_of_part_are_both_kept() =>
        Assert.Equal("1 general principles", PartDesignation.Fold(["Vol. 1,"], ["General principles."]));

    [Fact]
    public void No_part_is_null() => Assert.Null(PartDesignation.Fold([], []));

    [Fact]
    public void Names_of_parts_are_not_read_as_roman_numerals() =>
        Assert.Equal("civil law", PartDesignation.Fold([], ["Civil law"]));
}
