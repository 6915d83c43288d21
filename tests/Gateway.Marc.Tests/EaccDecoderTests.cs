using System.Text;
using Gateway.Marc.Marc8;

namespace Gateway.Marc.Tests;

/// <summary>
/// EACC (CJK) text through <see cref="Marc8Decoder"/>: <c>ESC $ 1</c> (G0) or <c>ESC $ ) 1</c> (G1), three bytes a
/// character. The codes come from the Library of Congress EACC tables (人 0x213064, 。 0x212B33, ゾ 0x69253E, ideographic
/// space 0x212320) or, where noted, from yaz-iconv's mapping.
/// </summary>
public sealed class EaccDecoderTests
{
    [Fact]
    public void Chinese_title_between_latin_text_converts()
    {
        // "Title: 中国人。 (Beijing)": 中 0x213034, 国 0x4B376F (yaz), 人 0x213064, 。 0x212B33, then ESC ( B back to ASCII.
        var (text, diagnostics) = Decode(Bytes("Title: \e$1!04K7o!0d!+3\e(B (Beijing)"));

        Assert.Equal("Title: \u4E2D\u56FD\u4EBA\u3002 (Beijing)", text);
        Assert.False(diagnostics.HasProblems);
    }

    [Fact]
    public void Japanese_and_korean_convert()
    {
        // 東京 0x214426 0x213061 (yaz), ゾ 0x69253E (LC), ideographic space 0x212320 (LC), 한국 0x6F5C65 0x6F496F (yaz).
        var (text, diagnostics) = Decode(Bytes("\e$1!D&!0ai%>!# o\\eoIo\es."));

        Assert.Equal("\u6771\u4EAC\u30BE\u3000\uD55C\uAD6D.", text);
        Assert.False(diagnostics.HasProblems);
    }

    [Fact]
    public void Eacc_in_g1_converts_beside_ascii_in_g0()
    {
        // ESC $ ) 1: EACC in G1 (bytes with the high bit set) while G0 stays ASCII, so no escape back is needed.
        byte[] bytes = [.. Bytes("x\e$)1"), 0xA1, 0xB0, 0xE4, .. Bytes(" y "), 0xA1, 0xAB, 0xB3];

        var (text, diagnostics) = Decode(bytes);

        Assert.Equal("x\u4EBA y \u3002", text);
        Assert.False(diagnostics.HasProblems);
    }

    [Fact]
    public void Ascii_space_between_eacc_characters_stays_a_space()
    {
        var (text, diagnostics) = Decode(Bytes("\e$1!0d !0d\e(B"));

        Assert.Equal("\u4EBA \u4EBA", text);
        Assert.False(diagnostics.HasProblems);
    }

    [Fact]
    public void Character_outside_the_bmp_becomes_a_surrogate_pair_before_pending_marks()
    {
        // 0x217559 is U+212C4 in yaz's mapping; the ANSEL acute (G1 0xE2) before it belongs after it.
        var (text, diagnostics) = Decode([.. Bytes("\e$1"), 0xE2, .. Bytes("!uY\e(B")]);

        Assert.Equal("\U000212C4\u0301", text);
        Assert.False(diagnostics.HasProblems);
    }

    [Fact]
    public void Code_not_in_the_table_becomes_a_replacement_character_and_is_reported_by_code()
    {
        var (text, diagnostics) = Decode(Bytes("a\e$1!0d~~~!0d\e(Bb"));

        Assert.Equal("a\u4EBA\uFFFD\u4EBAb", text);
        Assert.Equal(1, diagnostics.UnknownEaccCodes);
        var message = Assert.Single(diagnostics.Messages('a'));
        Assert.Contains("0x7E7E7E", message, StringComparison.Ordinal);
        Assert.Contains("at byte 7 of subfield $a", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stray_byte_is_replaced_once_and_the_characters_after_it_still_convert()
    {
        // 息 0x213E45, a stray 0x21 (as in marc4j's incomplete_esc_seq.mrc), then 然 0x214965 后 0x273D65 (yaz).
        var (text, diagnostics) = Decode(Bytes("\e$1!>E!!Ie'=e\e(B"));

        Assert.Equal("\u606F\uFFFD\u7136\u540E", text);
        Assert.Equal(1, diagnostics.UnknownEaccCodes);
        Assert.Contains("0x212149", Assert.Single(diagnostics.Messages('a')), StringComparison.Ordinal);
    }

    [Fact]
    public void Character_cut_short_at_the_end_of_the_value_is_replaced_and_reported()
    {
        var (text, diagnostics) = Decode(Bytes("\e$1!0d!0"));

        Assert.Equal("\u4EBA\uFFFD", text);
        Assert.Equal(1, diagnostics.CutEaccCharacters);
        var message = Assert.Single(diagnostics.Messages('\0'));
        Assert.Contains("0x21 0x30", message, StringComparison.Ordinal);
        Assert.Contains("at byte 6 of the field", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Character_cut_short_by_an_escape_is_replaced_and_the_escape_applied()
    {
        var (text, diagnostics) = Decode(Bytes("\e$1!\e(Babc"));

        Assert.Equal("\uFFFDabc", text);
        Assert.Equal(1, diagnostics.CutEaccCharacters);
        Assert.Equal(0, diagnostics.BadEscapes);
    }

    [Fact]
    public void Space_inside_a_code_the_table_lacks_ends_the_character()
    {
        // 0x212320 is the ideographic space, but 0x213020 is no code: "!0" is cut short and the space kept.
        var (text, diagnostics) = Decode(Bytes("\e$1!0 !0d\e(B"));

        Assert.Equal("\uFFFD \u4EBA", text);
        Assert.Equal(1, diagnostics.CutEaccCharacters);
    }

    [Fact]
    public void Ascii_punctuation_left_in_eacc_is_replaced_and_the_space_after_it_kept()
    {
        // ", " sent while EACC is G0 (no ESC ( B before it), as in marc4j's chinese_mangled_multibyte.mrc.
        var (text, diagnostics) = Decode(Bytes("\e$1!0d, !0d"));

        Assert.Equal("\u4EBA\uFFFD \u4EBA", text);
        Assert.Equal(1, diagnostics.CutEaccCharacters);
        Assert.Contains("0x2C,", Assert.Single(diagnostics.Messages('a')), StringComparison.Ordinal);
    }

    [Fact]
    public void Half_switch_inside_a_character_cuts_it_short()
    {
        // G0 EACC followed by a G1 (ANSEL) byte: the character has one byte, then the ANSEL Ł.
        var (text, diagnostics) = Decode([.. Bytes("\e$1!"), 0xA1, .. Bytes("\e(B")]);

        Assert.Equal("\uFFFD\u0141", text);
        Assert.Equal(1, diagnostics.CutEaccCharacters);
    }

    [Fact]
    public void Long_eacc_values_convert_in_a_pooled_buffer()
    {
        var bytes = new List<byte>(Bytes("\e$1"));
        for (var i = 0; i < 1000; i++)
        {
            bytes.AddRange(Bytes("!0d"));
        }

        var (text, diagnostics) = Decode([.. bytes]);

        Assert.Equal(new string('\u4EBA', 1000), text);
        Assert.False(diagnostics.HasProblems);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }

    private static (string Text, Marc8Diagnostics Diagnostics) Decode(ReadOnlySpan<byte> bytes)
    {
        var diagnostics = default(Marc8Diagnostics);
        var text = Marc8Decoder.Decode(bytes, ref diagnostics);
        return (text, diagnostics);
    }

    private static byte[] Bytes(string value) => Encoding.Latin1.GetBytes(value);
}
