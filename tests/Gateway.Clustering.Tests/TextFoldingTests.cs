using System.Text;

namespace Gateway.Clustering.Tests;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Oxford handbook of clinical medicine /", "oxford handbook of clinical medicine")]
    [InlineData("OXFORD HANDBOOK OF CLINICAL MEDICINE.", "oxford handbook of clinical medicine")]
    [InlineData("Gray's anatomy :", "grays anatomy")]
    [InlineData("Nursing & midwifery", "nursing and midwifery")]
    [InlineData("  Müller--Lyer  illusion ", "muller lyer illusion")]
    [InlineData("[electronic resource]", "electronic resource")]
    [InlineData("...", "")]
    [InlineData(null, "")]
    public void Fold_ignores_case_punctuation_and_diacritics(string? text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void Composed_and_decomposed_text_fold_alike()
    {
        var composed = "Sch\u00F6n, Jos\u00E9".Normalize(NormalizationForm.FormC);
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(TextFolding.Fold(composed), TextFolding.Fold(decomposed));
        Assert.Equal("schon jose", TextFolding.Fold(decomposed));
    }

    [Theory]
    [InlineData("The Lancet", "lancet")]
    [InlineData("A history of nursing", "history of nursing")]
    [InlineData("An introduction", "introduction")]
    [InlineData("Theory of everything", "theory of everything")]
    [InlineData("A", "a")]
    public void FoldTitle_drops_a_leading_article_only(string title, string expected) =>
        Assert.Equal(expected, TextFolding.FoldTitle(title));

    [Theory]
    [InlineData("Longmore, Murray B.", "longmore")]
    [InlineData("Longmore, Murray,", "longmore")]
    [InlineData("World Health Organization.", "world health organization")]
    [InlineData(" ", null)]
    public void Surname_of_an_inverted_name(string name, string? expected) =>
        Assert.Equal(expected, TextFolding.Surname(name));
}
