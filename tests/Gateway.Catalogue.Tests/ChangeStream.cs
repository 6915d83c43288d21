using System.Globalization;
using Gateway.Contracts;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// A deterministic stream of record changes of five systems over one pool of editions, as adapters publish them: a
/// full load, then bursts of one system at a time mixing changes (titles with slips, identifiers gained, lost or taken
/// from another edition, the next edition's ISBN), deletions, records brought back, late (stale) and repeated
/// changes, and new records; a few with unreadable MARCXML. Cut into units the way an adapter publishes them: a page
/// of up to 100 changes of one system, or one deletion.
/// </summary>
internal static class ChangeStream
{
    private static readonly string[] Systems = ["koha-east", "koha-london", "koha-midlands", "axiell-swims", "oclc-northeast"];
    private static readonly string[] Words = ["clinical", "medicine", "nursing", "care", "surgery", "anatomy", "practice", "oxford", "handbook", "principles", "mental", "health", "child", "emergency"];
    private static readonly string[] Surnames = ["Smith", "Jones", "Patel", "Brown", "Taylor", "Wilson", "Khan", "Evans"];

    /// <summary>The units of the stream: a page of changes (one system, in order) or a single deletion.</summary>
    public static List<object> Units(int editions, int operations, int seed)
    {
        var random = new Random(seed);
        var pool = Enumerable.Range(0, editions).Select(i => Edition.Make(i, random)).ToList();
        var state = new Dictionary<(string System, int Id), (int Edition, DateTimeOffset At, bool Deleted)>();
        var next = Systems.ToDictionary(s => s, _ => 1);
        var clock = Systems.ToDictionary(s => s, _ => Messages.T0);
        var messages = new List<object>();

        BibliographicRecordChanged Change(string system, int id, int edition, DateTimeOffset at)
        {
            state[(system, id)] = (edition, at, false);
            return Describe(pool, system, id, edition, at, random);
        }

        DateTimeOffset Tick(string system) => clock[system] = clock[system].AddSeconds(random.Next(1, 30));

        // Full load: each system holds about half the editions.
        foreach (var system in Systems)
        {
            foreach (var edition in pool.Where(_ => random.NextDouble() < 0.5))
            {
                messages.Add(Change(system, next[system]++, edition.Index, Tick(system)));
            }
        }

        var done = 0;
        while (done < operations)
        {
            var system = Systems[random.Next(Systems.Length)];
            var burst = random.Next(1, 130);
            for (var i = 0; i < burst && done < operations; i++, done++)
            {
                var held = state.Keys.Where(k => k.System == system).ToList();
                var key = held[random.Next(held.Count)];
                var (edition, at, deleted) = state[key];
                var roll = random.NextDouble();
                if (roll < 0.35)
                {
                    var other = random.NextDouble() < 0.15 ? random.Next(pool.Count) : edition;
                    messages.Add(Change(system, key.Id, other, Tick(system)));
                }
                else if (roll < 0.50 && !deleted)
                {
                    var when = Tick(system);
                    state[key] = (edition, when, true);
                    messages.Add(new BibliographicRecordDeleted { SystemId = system, VendorRecordId = Id(key.Id), SourceTimestamp = when, CorrelationId = Guid.NewGuid() });
                }
                else if (roll < 0.60)
                {
                    messages.Add(Change(system, key.Id, random.Next(pool.Count), Tick(system))); // back, or changed
                }
                else if (roll < 0.70)
                {
                    messages.Add(Describe(pool, system, key.Id, random.Next(pool.Count), at.AddMinutes(-random.Next(0, 60)), random)); // late
                }
                else if (roll < 0.82)
                {
                    var first = Change(system, key.Id, edition, Tick(system));
                    messages.Add(first);
                    messages.Add(random.NextDouble() < 0.5 ? first with { CorrelationId = Guid.NewGuid() } : Change(system, key.Id, random.Next(pool.Count), Tick(system)));
                }
                else
                {
                    messages.Add(Change(system, next[system]++, random.Next(pool.Count), Tick(system)));
                }
            }
        }

        return Cut(messages);
    }

    private static List<object> Cut(List<object> messages)
    {
        var units = new List<object>();
        var page = new List<BibliographicRecordChanged>();
        void Flush()
        {
            if (page.Count > 0)
            {
                units.Add(page.ToList());
                page.Clear();
            }
        }

        foreach (var message in messages)
        {
            if (message is BibliographicRecordChanged change)
            {
                if (page.Count == 100 || (page.Count > 0 && page[0].SystemId != change.SystemId))
                {
                    Flush();
                }

                page.Add(change);
            }
            else
            {
                Flush();
                units.Add(message);
            }
        }

        Flush();
        return units;
    }

    private static BibliographicRecordChanged Describe(List<Edition> pool, string system, int id, int index, DateTimeOffset at, Random random)
    {
        var edition = pool[index];
        var isbn = edition.Isbn is not null && random.NextDouble() < 0.85 ? edition.Isbn : null;
        if (random.NextDouble() < 0.05 && index > 0 && pool[index - 1].Isbn is { } earlier)
        {
            isbn = earlier; // catalogued with the previous edition's ISBN
        }

        var title = random.NextDouble() < 0.1 ? edition.Title.Replace('e', 'a') : edition.Title;
        return new BibliographicRecordChanged
        {
            SystemId = system,
            VendorRecordId = Id(id),
            SourceTimestamp = at,
            CorrelationId = Guid.NewGuid(),
            Description = new BibliographicDescription
            {
                Title = title,
                Authors = [edition.Author],
                Isbns = isbn is null ? [] : [isbn],
                OclcNumbers = edition.Oclc is not null && random.NextDouble() < 0.6 ? [edition.Oclc] : [],
                PublicationYear = edition.Year,
                Publisher = "Oxford University Press",
                Format = "book",
            },
            MarcXml = random.NextDouble() < 0.03 ? "<record><broken" : null,
        };
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record Edition(int Index, string Title, string Author, int Year, string? Isbn, string? Oclc)
    {
        public static Edition Make(int index, Random random)
        {
            // Every fourth edition is the next edition of the one before: same title and author, a later year.
            var work = index % 4 == 3 ? index - 1 : index;
            var words = new Random(work).GetItems(Words, 3);
            return new Edition(
                index,
                string.Join(' ', words),
                Surnames[work % Surnames.Length] + ", A.",
                2000 + (index % 20),
                random.NextDouble() < 0.8 ? Isbn13(index) : null,
                random.NextDouble() < 0.6 ? (100_000 + index).ToString(CultureInfo.InvariantCulture) : null);
        }

        private static string Isbn13(int index)
        {
            var digits = "978" + (100_000_000 + index).ToString(CultureInfo.InvariantCulture);
            var sum = digits.Select((c, i) => (c - '0') * (i % 2 == 0 ? 1 : 3)).Sum();
            return digits + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
        }
    }
}
