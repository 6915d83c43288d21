using Gateway.Catalogue.Oai;
using Gateway.Catalogue.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue.Tests;

/// <summary>Resumption tokens are signed, read back strictly, and expire.</summary>
public sealed class ResumptionTokenCodecTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly ResumptionToken Token = new(
        "ListRecords", new ListSpec("marc21", "region:london", new DateTime(2026, 1, 1), null), 900, 120, 100, 4321, Now.AddHours(1));

    private static ResumptionTokenCodec Codec(string? key = null) => new(Microsoft.Extensions.Options.Options.Create(new OaiOptions { TokenKey = key }));

    [Fact]
    public void A_token_reads_back_as_written()
    {
        var codec = Codec();

        var read = codec.Decode(codec.Encode(Token), Now, out var reason);

        Assert.Null(reason);
        Assert.Equal(Token, read);
    }

    [Fact]
    public void A_token_altered_in_any_character_is_refused()
    {
        var codec = Codec();
        var text = codec.Encode(Token);

        for (var i = 0; i < text.Length; i += 7)
        {
            var altered = text[..i] + (text[i] == 'x' ? 'y' : 'x') + text[(i + 1)..];
            Assert.Null(codec.Decode(altered, Now, out var reason));
            Assert.NotNull(reason);
        }
    }

    [Fact]
    public void A_token_of_another_key_is_refused_and_one_of_the_same_configured_key_is_read()
    {
        var key = Convert.ToBase64String(new byte[32]);
        var text = Codec(key).Encode(Token);

        Assert.Null(Codec().Decode(text, Now, out _));
        Assert.NotNull(Codec(key).Decode(text, Now, out _));
    }

    [Fact]
    public void An_expired_token_is_refused_with_its_expiry()
    {
        var codec = Codec();

        Assert.Null(codec.Decode(codec.Encode(Token), Now.AddHours(1), out var reason));
        Assert.Contains("expired at 2026-03-02T10:00:00Z", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_key_is_refused_at_start()
    {
        Assert.Throws<InvalidOperationException>(() => Codec(Convert.ToBase64String(new byte[16])));
    }

    [Theory]
    [InlineData("not base64!", false)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==", false)]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", true)]
    public void The_configured_key_is_checked_at_start(string key, bool valid)
    {
        using var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection()
            .AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Oai:TokenKey"] = key }).Build())
            .AddOaiProvider()
            .BuildServiceProvider();

        var read = () => services.GetRequiredService<IOptions<OaiOptions>>().Value;

        if (valid)
        {
            Assert.Equal(key, read().TokenKey);
        }
        else
        {
            Assert.Contains("Oai:TokenKey", Assert.Throws<OptionsValidationException>(read).Message, StringComparison.Ordinal);
        }
    }
}
