using static Gateway.Clustering.Tests.Records;

namespace Gateway.Clustering.Tests;

public sealed class ClusterSetTests
{
    private const string Isbn = "9780199689903";
    private static readonly DateTimeOffset At = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_record_that_matches_nothing_founds_a_cluster_with_a_stable_id()
    {
        var set = new ClusterSet();
        var events = set.Upsert(Book("koha-east:1", isbn: Isbn), At);

        var created = Assert.Single(events);
        Assert.Equal(ClusterEventKind.Created, created.Kind);
        Assert.Equal(ClusterIds.Derive("koha-east:1"), created.ClusterId);
        Assert.Equal(created.ClusterId, set.Find("koha-east:1")!.ClusterId);
    }

    [Fact]
    public void A_matching_record_joins_and_the_join_says_which_key_and_member()
    {
        var set = new ClusterSet();
        set.Upsert(Book("koha-east:1", isbn: Isbn), At);
        var joined = Assert.Single(set.Upsert(Book("koha-london:7", isbn: Isbn), At));

        Assert.Equal(ClusterEventKind.Joined, joined.Kind);
        Assert.Equal("isbn:" + Isbn, joined.Key);
        Assert.Equal("koha-east:1", joined.MatchedSourceId);
        var member = set.Find("koha-london:7")!;
        Assert.Equal(set.Find("koha-east:1")!.ClusterId, member.ClusterId);
        Assert.Equal(MatchKeyKind.Isbn, member.JoinedVia!.Value.Kind);
    }

    [Fact]
    public void A_record_is_kept_apart_and_the_reason_is_logged()
    {
        var set = new ClusterSet();
        set.Upsert(Book("koha-east:1", isbn: Isbn), At);
        var created = Assert.Single(set.Upsert(Book("oclc-ne:9", isbn: Isbn, format: "ebook"), At));

        Assert.Equal(ClusterEventKind.Created, created.Kind);
        Assert.Contains("format differs (ebook / book)", created.Detail, StringComparison.Ordinal);
        Assert.Equal(2, set.ClusterIds.Count);
    }

    [Fact]
    public void One_record_cannot_chain_two_editions_together()
    {
        // b matches a by ISBN (a year apart); c matches b by OCLC number (a year apart) but is two years from a.
        var set = new ClusterSet();
        set.Upsert(Book("s:a", isbn: Isbn, year: 2017), At);
        set.Upsert(Book("s:b", isbn: Isbn, oclc: "5", year: 2018), At);
        var events = set.Upsert(Book("s:c", oclc: "5", year: 2019), At);

        Assert.Equal(ClusterEventKind.Created, events[0].Kind);
        Assert.Contains("year differs (2019 / 2017) with s:a", events[0].Detail, StringComparison.Ordinal);
        Assert.NotEqual(set.Find("s:a")!.ClusterId, set.Find("s:c")!.ClusterId);
    }

    [Fact]
    public void A_record_matching_two_clusters_merges_them_and_the_larger_keeps_its_id()
    {
        var set = new ClusterSet();
        set.Upsert(Book("s:1", oclc: "123"), At);
        set.Upsert(Book("s:2", oclc: "123"), At);
        set.Upsert(Book("t:1", isbn: Isbn, year: null), At); // no year: no title key, so it stays alone
        var larger = set.Find("s:1")!.ClusterId;
        var smaller = set.Find("t:1")!.ClusterId;
        Assert.NotEqual(larger, smaller);

        var events = set.Upsert(Book("u:1", oclc: "123", isbn: Isbn), At);

        Assert.Single(set.ClusterIds);
        Assert.Equal(larger, set.Find("t:1")!.ClusterId);
        var merged = Assert.Single(events, e => e.Kind == ClusterEventKind.Merged);
        Assert.Equal(larger, merged.ClusterId);
        Assert.Equal(smaller, merged.OtherClusterId);
        Assert.Equal("isbn:" + Isbn, merged.Key);
        Assert.Contains(events, e => e.Kind == ClusterEventKind.Retired && e.ClusterId == smaller);
    }

    [Fact]
    public void Deleting_the_record_that_linked_two_groups_splits_them()
    {
        var set = new ClusterSet();
        set.Upsert(Book("s:1", oclc: "123"), At);
        set.Upsert(Book("s:2", oclc: "123"), At);
        set.Upsert(Book("u:1", oclc: "123", isbn: Isbn), At);
        set.Upsert(Book("t:1", isbn: Isbn, year: null), At);
        var id = set.Find("s:1")!.ClusterId;
        Assert.Equal(id, set.Find("t:1")!.ClusterId);

        var events = set.Remove("u:1", At);

        Assert.Equal(ClusterEventKind.Left, events[0].Kind);
        var split = Assert.Single(events, e => e.Kind == ClusterEventKind.Split);
        Assert.Equal(id, split.ClusterId);
        Assert.Equal(id, set.Find("s:2")!.ClusterId);
        Assert.Equal(split.OtherClusterId, set.Find("t:1")!.ClusterId);
        Assert.Contains("t:1 no longer linked to the rest after u:1 left", split.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_record_moves_to_the_cluster_it_now_matches()
    {
        var set = new ClusterSet();
        set.Upsert(Book("s:1", isbn: Isbn), At);
        set.Upsert(Book("s:2", isbn: "9780198837411", edition: 11, year: 2024), At);
        set.Upsert(Book("t:1", isbn: Isbn), At);
        var first = set.Find("s:1")!.ClusterId;
        var second = set.Find("s:2")!.ClusterId;

        var events = set.Upsert(Book("t:1", isbn: "9780198837411", edition: 11, year: 2024), At);

        Assert.Equal(second, set.Find("t:1")!.ClusterId);
        Assert.Equal([ClusterEventKind.Left, ClusterEventKind.Joined], events.Select(e => e.Kind));
        Assert.Equal(first, events[0].ClusterId);
        Assert.Equal(first, set.Find("s:1")!.ClusterId);
    }

    [Fact]
    public void A_change_that_keeps_the_record_in_its_cluster_logs_nothing()
    {
        var set = new ClusterSet();
        set.Upsert(Book("s:1", isbn: Isbn), At);
        set.Upsert(Book("t:1", isbn: Isbn), At);

        Assert.Empty(set.Upsert(Book("t:1", isbn: Isbn, year: 2018), At));
        Assert.Empty(set.Upsert(Book("t:1", isbn: Isbn, year: 2018), At));
        Assert.Equal(2018, set.Find("t:1")!.Record.Year);
        Assert.Equal(set.Find("s:1")!.ClusterId, set.Find("t:1")!.ClusterId);
    }

    [Fact]
    public void The_last_member_leaving_retires_the_id_which_is_never_reused()
    {
        var set = new ClusterSet();
        var id = set.Upsert(Book("s:1", isbn: Isbn), At)[0].ClusterId;

        var events = set.Remove("s:1", At);
        Assert.Equal([ClusterEventKind.Left, ClusterEventKind.Retired], events.Select(e => e.Kind));
        Assert.Empty(set.ClusterIds);

        var again = set.Upsert(Book("s:1", isbn: Isbn), At)[0].ClusterId;
        Assert.NotEqual(id, again);
        Assert.Equal(ClusterIds.Derive("s:1", 1), again);
    }

    [Fact]
    public void Removing_an_unknown_record_does_nothing() => Assert.Empty(new ClusterSet().Remove("s:404", At));
}
