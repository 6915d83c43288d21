using System.Text;
using Gateway.Marc.Marc8;

namespace Gateway.Marc.Tests;

public sealed class Marc8DecoderTests
{
    [Fact]
    public void Ascii_is_returned_as_it_is()
    {
        var (text, diagnostics) = Decode("Plain text, 123."u8);

        Assert.Equal("Plain text, 123.", text);
        Assert.False(diagnostics.HasProblems);
    }

    [Fact]
    public void Empty_value_is_empty()
    {
        Assert.Equal(string.Empty, Decode([]).Text);
    }

    [Fact]
    public void Ansel_acute_before_e_gives_precomposed_e_acute()
    {
        var (text, diagnostics) = Decode([(byte)'C', (byte)'a', (byte)'f', 0xE2, (byte)'e']);

        Assert.Equal("Caf\u00E9", text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.False(diagnostics.HasProblems);
    }

    [Fact]
    public void Several_combining_marks_follow_their_base_in_order_then_compose()
    {
        // Vietnamese: circumflex and acute on e (MARC-8 order: marks, then the base).
        var (text, _) = Decode([0xE3, 0xE2, (byte)'e', (byte)'x']);

        Assert.Equal("\u1EBFx", text);
        Assert.Equal("e\u0302\u0301x", text.Normalize(NormalizationForm.FormD));
    }

    [Fact]
    public void Marks_without_a_precomposed_form_stay_combining_after_the_base()
    {
        // Dot below and macron on a: no single code point; NFC orders them canonically.
        var (text, _) = Decode([0xE5, 0xF2, (byte)'a']);

        Assert.Equal("a\u0323\u0304".Normalize(NormalizationForm.FormC), text);
        Assert.StartsWith("\u1EA1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ansel_spacing_characters_are_mapped()
    {
        var (text, _) = Decode([0xA1, 0xB1, 0xA2, 0xB9, 0xC3, 0xC7, 0xC8]);

        Assert.Equal("\u0141\u0142\u00D8\u00A3\u00A9\u00DF\u20AC", text);
    }

    [Fact]
    public void Double_diacritic_halves_give_one_double_mark_after_the_first_letter()
    {
        // t͡s: ligature first half before t, second half before s.
        var (text, diagnostics) = Decode([0xEB, (byte)'t', 0xEC, (byte)'s']);

        Assert.Equal("t\u0361s", text);
        Assert.False(diagnostics.HasProblems);
    }

    [Fact]
    public void Non_sort_markers_and_joiners_are_mapped()
    {
        var (text, _) = Decode([0x88, (byte)'T', (byte)'h', (byte)'e', (byte)' ', 0x89, (byte)'x', 0x8D, 0x8E]);

        Assert.Equal("\u0098The \u009Cx\u200D\u200C", text);
    }

    [Fact]
    public void Cyrillic_in_g0_and_back_to_ascii()
    {
        // Basic Cyrillic puts the small letters at 0x40-0x5F and the capitals at 0x60-0x7E.
        var (text, diagnostics) = Decode(Bytes("\e(NmOSKWA\e(B (Moscow)"));

        Assert.Equal("\u041C\u043E\u0441\u043A\u0432\u0430 (Moscow)", text);
        Assert.False(diagnostics.HasProblems);
    }

    [Fact]
    public void Cyrillic_in_g1_leaves_ascii_in_g0()
    {
        byte[] bytes = [0x1B, (byte)')', (byte)'N', (byte)'a', (byte)' ', 0xCD, 0xC9, 0xD2];

        Assert.Equal("a \u043C\u0438\u0440", Decode(bytes).Text);
    }

    [Fact]
    public void Extended_cyrillic_is_designated()
    {
        // Extended Cyrillic as G1: 0xC1 is the small letter dje.
        byte[] bytes = [0x1B, (byte)')', (byte)'Q', 0xC1];

        Assert.Equal("\u0452", Decode(bytes).Text);
    }

    [Fact]
    public void Greek_with_combining_accent_and_escape_s_back_to_ascii()
    {
        // Basic Greek: 0x22 combining acute before alpha (0x61); ESC s returns to ASCII.
        var (text, diagnostics) = Decode(Bytes("\e(S\"a\es!"));

        Assert.Equal("\u03AC!", text);
        Assert.False(diagnostics.HasProblems);
    }

    [Fact]
    public void Hebrew_and_back()
    {
        var (text, _) = Decode(Bytes("\e(2`ab\e(B."));

        Assert.Equal("\u05D0\u05D1\u05D2.", text);
    }

    [Fact]
    public void Basic_and_extended_arabic()
    {
        // Basic Arabic in G0 (0x47 alef, 0x48 beh), extended Arabic in G1 (0xC1 reh with small v below).
        byte[] bytes = [0x1B, (byte)'(', (byte)'3', 0x1B, (byte)')', (byte)'4', (byte)'G', (byte)'H', 0xC1, 0x1B, (byte)'(', (byte)'B', (byte)'!'];

        Assert.Equal("\u0627\u0628\u0695!", Decode(bytes).Text);
    }

    [Fact]
    public void Subscript_superscript_and_greek_symbols_shortcuts()
    {
        var (text, diagnostics) = Decode(Bytes("H\eb2\esO x\ep2\es \ega\es"));

        Assert.Equal("H\u2082O x\u00B2 \u03B1", text);
        Assert.False(diagnostics.HasProblems);
    }

    [Fact]
    public void Ansel_designated_with_its_two_byte_final()
    {
        byte[] bytes = [0x1B, (byte)')', (byte)'N', 0xC1, 0x1B, (byte)')', (byte)'!', (byte)'E', 0xC1];

        Assert.Equal("\u0430\u2113", Decode(bytes).Text);
    }

    [Fact]
    public void Unknown_byte_becomes_replacement_character_and_is_reported()
    {
        var (text, diagnostics) = Decode([(byte)'a', 0xAF, (byte)'b', 0xFC]);

        Assert.Equal("a\uFFFDb\uFFFD", text);
        Assert.Equal(2, diagnostics.UnknownBytes);
        var message = Assert.Single(diagnostics.Messages('a'));
        Assert.Contains("0xAF", message, StringComparison.Ordinal);
        Assert.Contains("byte 1 of subfield $a", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Byte_undefined_in_the_designated_set_is_reported_with_the_set()
    {
        // Basic Greek has no comma: records that forget ESC s before punctuation.
        var (text, diagnostics) = Decode(Bytes("\e(Sa,b"));

        Assert.Equal("\u03B1\uFFFD\u03B2", text);
        Assert.Contains("Basic Greek", Assert.Single(diagnostics.Messages('\0')), StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_that_starts_no_sequence_is_skipped_and_reported()
    {
        var (text, diagnostics) = Decode(Bytes("Soci\et\u00E2e"));

        Assert.Equal("Socit\u00E9", text);
        Assert.Equal(1, diagnostics.BadEscapes);
    }

    [Fact]
    public void Escape_naming_an_unknown_set_is_skipped_whole_and_keeps_the_designation()
    {
        var (text, diagnostics) = Decode(Bytes("\e(NA\e(ZB"));

        Assert.Equal("\u0430\u0431", text);
        Assert.Contains("'Z' names no MARC-8 character set", Assert.Single(diagnostics.Messages('a')), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc\e")]
    [InlineData("abc\e(")]
    [InlineData("abc\e$")]
    [InlineData("abc\e$)")]
    [InlineData("abc\e)!")]
    public void Incomplete_escape_at_the_end_is_reported_and_the_text_kept(string value)
    {
        var (text, diagnostics) = Decode(Bytes(value));

        Assert.Equal("abc", text);
        Assert.Equal(1, diagnostics.BadEscapes);
    }

    [Fact]
    public void Escape_cut_short_by_a_non_final_byte_keeps_that_byte_as_text()
    {
        var (text, diagnostics) = Decode(Bytes("a\e( b"));

        Assert.Equal("a b", text);
        Assert.Equal(1, diagnostics.BadEscapes);
    }

    [Fact]
    public void Combining_mark_at_the_end_is_kept_and_reported()
    {
        var (text, diagnostics) = Decode([(byte)'a', 0xE2]);

        Assert.Equal("a\u0301".Normalize(NormalizationForm.FormC), text);
        Assert.Equal(1, diagnostics.DanglingMarks);
    }

    [Fact]
    public void Greek_compatibility_characters_are_normalised()
    {
        // 0x3B ano teleia and 0x3F question mark have canonical singletons (U+00B7, U+003B) in NFC.
        var (text, _) = Decode(Bytes("\e(Sa;b?\e(B"));

        Assert.Equal("\u03B1\u00B7\u03B2;", text);
    }

    [Fact]
    public void Long_values_use_a_pooled_buffer()
    {
        var bytes = new List<byte>();
        for (var i = 0; i < 2000; i++)
        {
            bytes.AddRange([0xE2, (byte)'e']);
        }

        var (text, diagnostics) = Decode([.. bytes]);

        Assert.Equal(new string('\u00E9', 2000), text);
        Assert.False(diagnostics.HasProblems);
    }

    private static (string Text, Marc8Diagnostics Diagnostics) Decode(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = default(Marc8Diagnostics);
        var text = Marc8Decoder.Decode(bytes, ref diagnostics);
        return (text, diagnostics);
    }

    /// <summary>The string's characters as bytes (all below U+0100).</summary>
    private static byte[] Bytes(string value) => Encoding.Latin1.GetBytes(value);
}
