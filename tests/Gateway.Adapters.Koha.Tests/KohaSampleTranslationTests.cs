using Gateway.Adapters.Koha.Mapping;
using Gateway.Marc;
using Gateway.Testing;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>Translation of real Koha exports from ../shared/vendor-fixtures (skipped with a message when absent).</summary>
public sealed class KohaSampleTranslationTests
{
    [Theory]
    [InlineData("marc4j-koha-export-LFL_5.xml")]
    [InlineData("marc4j-koha-export-LFL_6_with_comment.xml")]
    public void Real_koha_export_maps_to_a_message_with_its_ids_title_and_isbn(string file)
    {
        var path = RepositoryPaths.RequireShared(Path.Combine("vendor-fixtures", "marc", "marcxml", file));
        using var stream = File.OpenRead(path);
        var record = Assert.Single(MarcXmlReader.Read(stream, new MarcReadOptions { Lenient = true }));

        var biblioId = KohaRecordMapper.BiblioId(record);
        Assert.NotNull(biblioId);
        Assert.Equal(record.FirstValue("999", 'c'), biblioId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var message = KohaRecordMapper.ToChanged("koha-east", biblioId.Value, DateTimeOffset.UtcNow, record, Guid.NewGuid());

        var title = record.FirstValue("245", 'a')!;
        Assert.StartsWith(title.TrimEnd(' ', '/', ':').Split(" :")[0], message.Description.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(" /", message.Description.Title, StringComparison.Ordinal); // ISBD punctuation trimmed
        var isbn10 = record.FirstValue("020", 'a');
        if (isbn10 is not null && IsbnNormalizer.ToIsbn13(isbn10) is { } isbn13)
        {
            Assert.Contains(isbn13, message.Description.Isbns);
        }

        var shared = MarcXmlReader.ParseRecord(message.MarcXml!);
        Assert.DoesNotContain(shared.Fields, f => f.Tag is "952" or "999");
        Assert.Equal(record.ControlValue("001"), shared.ControlValue("001"));
    }
}
