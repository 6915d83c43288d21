using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Gateway.Catalogue.Benchmarks;

/// <summary>
/// Concurrent clients searching over real HTTP, each in a loop until the deadline, with a mix of what the hub asks:
/// one or two title words, words with a system or a library filter, an ISBN (as ISBN-13, hyphenated, or ISBN-10),
/// an OCLC number with its prefix, a system's records in id order a few pages deep, and a common word followed
/// ten pages deep by cursor (its first page and its deep pages kept apart). Every request's latency is kept by kind.
/// </summary>
internal sealed class SearchLoad(HttpClient http, SearchCorpus corpus, int seed)
{
    private static readonly (string Kind, int Weight)[] Mix =
    [
        ("q: one word", 25), ("q: two words", 15), ("q + system", 10), ("q + library", 10), ("isbn", 18), ("oclc", 6),
        ("browse system (3 pages)", 12), ("q deep", 4),
    ];

    public async Task<Dictionary<string, List<double>>> RunAsync(int clients, TimeSpan duration, CancellationToken ct)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => ClientAsync(new Random(seed * 1000 + c), deadline, ct)));
        var merged = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var (kind, ms) in perClient.SelectMany(c => c))
        {
            (merged.TryGetValue(kind, out var list) ? list : merged[kind] = []).Add(ms);
        }

        return merged;
    }

    private async Task<List<(string Kind, double Ms)>> ClientAsync(Random random, long deadline, CancellationToken ct)
    {
        var samples = new List<(string, double)>();
        while (Stopwatch.GetTimestamp() < deadline && !ct.IsCancellationRequested)
        {
            var kind = Pick(random);
            var (query, pages) = Query(kind, random);
            string? next = $"/api/v1/records?{query}";
            for (var page = 0; page < pages && next is not null; page++)
            {
                var start = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(new Uri(next, UriKind.Relative), ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    samples.Add(("ERROR " + (int)response.StatusCode, ms));
                    Console.Error.WriteLine($"{next}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
                    break;
                }

                samples.Add((kind == "q deep" ? (page == 0 ? "q frequent word: page 1" : "q frequent word: pages 2-10") : kind, ms));
                using var json = JsonDocument.Parse(body);
                next = json.RootElement.GetProperty("next").GetString();
            }
        }

        return samples;
    }

    private (string Query, int Pages) Query(string kind, Random random)
    {
        string Word() => Uri.EscapeDataString(corpus.TitleWords[random.Next(corpus.TitleWords.Count)]);
        var system = corpus.Libraries.Keys.ElementAt(random.Next(corpus.Libraries.Count));
        return kind switch
        {
            "q: one word" => ($"q={Word()}&limit=20", 1),
            "q: two words" => ($"q={Word()}+{Word()}&limit=20", 1),
            "q + system" => ($"q={Word()}&system={system}&limit=20", 1),
            "q + library" => ($"q={Word()}&library={system}.{Uri.EscapeDataString(corpus.Libraries[system][random.Next(corpus.Libraries[system].Count)])}&limit=20", 1),
            "isbn" => ($"isbn={Spell(corpus.Isbns[random.Next(corpus.Isbns.Count)], random)}", 1),
            "oclc" => ($"oclc={Uri.EscapeDataString("(OCoLC)" + corpus.OclcNumbers[random.Next(corpus.OclcNumbers.Count)])}", 1),
            "browse system (3 pages)" => ($"system={system}&limit=50", 3),
            _ => ($"q={Uri.EscapeDataString(corpus.CommonWords[random.Next(corpus.CommonWords.Count)])}&limit=20", 10),
        };
    }

    /// <summary>An ISBN-13 as given, hyphenated, or as its ISBN-10 when it has one: the spellings a hub user types.</summary>
    private static string Spell(string isbn13, Random random)
    {
        switch (random.Next(3))
        {
            case 0:
                return isbn13;
            case 1:
                return $"{isbn13[..3]}-{isbn13[3]}-{isbn13[4..8]}-{isbn13[8..12]}-{isbn13[12]}";
            default:
                if (!isbn13.StartsWith("978", StringComparison.Ordinal))
                {
                    return isbn13;
                }

                var body = isbn13[3..12];
                var sum = body.Select((c, i) => (10 - i) * (c - '0')).Sum();
                var check = (11 - (sum % 11)) % 11;
                return body + (check == 10 ? "X" : check.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string Pick(Random random)
    {
        var roll = random.Next(Mix.Sum(m => m.Weight));
        foreach (var (kind, weight) in Mix)
        {
            if ((roll -= weight) < 0)
            {
                return kind;
            }
        }

        return Mix[0].Kind;
    }
}
