using Plaza.Web.Modules.Notes;

namespace Plaza.UnitTests.Notes;

public sealed class FeedRankingTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime LongAgo = Now.AddYears(-1);

    private static FeedCandidate Note(Guid? author = null, TimeSpan? age = null, int likes = 0, int saves = 0, int comments = 0,
        int photos = 0, int products = 0, int length = 0, DateTime? authorSince = null) =>
        new(Guid.CreateVersion7(), author ?? Guid.NewGuid(), Now - (age ?? TimeSpan.Zero), likes, saves, comments, photos, products, length,
            authorSince ?? LongAgo);

    [Fact]
    public void A_note_with_photos_products_and_text_ranks_above_a_bare_one_of_the_same_age()
    {
        var bare = Note();
        var rich = Note(photos: 2, products: 1, length: 800);

        FeedRanking.Rank([bare, rich], Now).ShouldBe([rich, bare]);
    }

    [Fact]
    public void A_new_authors_note_counts_half_the_quality_of_an_established_authors()
    {
        var established = Note(photos: 1, products: 1, length: 600);
        var newcomer = established with { Id = Guid.CreateVersion7(), AuthorSinceUtc = Now.AddDays(-2) };

        FeedRanking.Quality(newcomer, Now).ShouldBe(FeedRanking.Quality(established, Now) / 2, 1e-9);
        FeedRanking.Rank([newcomer, established], Now)[0].ShouldBe(established);
    }

    [Fact]
    public void Engagement_has_diminishing_returns()
    {
        var first = FeedRanking.Engagement(Note(likes: 1)) - FeedRanking.Engagement(Note(likes: 0));
        var hundredth = FeedRanking.Engagement(Note(likes: 100)) - FeedRanking.Engagement(Note(likes: 99));

        first.ShouldBeGreaterThan(0);
        hundredth.ShouldBeGreaterThan(0);
        hundredth.ShouldBeLessThan(first / 50);
    }

    [Fact]
    public void A_save_weighs_more_than_a_like()
    {
        FeedRanking.Engagement(Note(saves: 1)).ShouldBeGreaterThan(FeedRanking.Engagement(Note(likes: 1)));
    }

    [Fact]
    public void Freshness_halves_every_48_hours()
    {
        FeedRanking.Freshness(Note(), Now).ShouldBe(1, 1e-9);
        FeedRanking.Freshness(Note(age: TimeSpan.FromHours(48)), Now).ShouldBe(0.5, 1e-9);
        FeedRanking.Freshness(Note(age: TimeSpan.FromHours(96)), Now).ShouldBe(0.25, 1e-9);
    }

    [Fact]
    public void A_popular_note_from_last_week_falls_below_a_good_note_from_today()
    {
        var old = Note(age: TimeSpan.FromDays(7), likes: 40, saves: 10, photos: 1, length: 600);
        var today = Note(likes: 1, photos: 1, length: 600);

        FeedRanking.Rank([old, today], Now)[0].ShouldBe(today);
    }

    [Fact]
    public void Equal_scores_are_ordered_by_id_so_the_ranking_is_the_same_every_time()
    {
        var notes = Enumerable.Range(0, 10).Select(_ => Note()).ToList();

        var once = FeedRanking.Rank(notes, Now);
        var again = FeedRanking.Rank(Enumerable.Reverse(notes), Now);

        again.ShouldBe(once);
        once.Select(n => n.Id).ShouldBe(notes.Select(n => n.Id).OrderByDescending(id => id));
    }

    [Fact]
    public void A_page_has_at_most_two_notes_by_one_author_and_never_two_in_a_row()
    {
        var prolific = Guid.NewGuid();
        var theirs = Enumerable.Range(0, 6).Select(i => Note(prolific, likes: 100 + i, photos: 3, length: 900)).ToList();
        var others = Enumerable.Range(0, 6).Select(_ => Note()).ToList();
        var ranked = FeedRanking.Rank([.. theirs, .. others], Now);
        ranked.Take(6).ShouldAllBe(n => n.AuthorId == prolific); // without the cap they would fill the page

        var page = FeedRanking.Page(ranked, 6);

        page.Count.ShouldBe(6);
        page.Count(n => n.AuthorId == prolific).ShouldBe(2);
        page.Zip(page.Skip(1)).ShouldAllBe(p => p.First.AuthorId != p.Second.AuthorId);
        page[0].AuthorId.ShouldBe(prolific); // the best note still leads
    }

    [Fact]
    public void Notes_held_back_by_the_cap_come_on_later_pages_and_none_is_lost()
    {
        var prolific = Guid.NewGuid();
        var all = Enumerable.Range(0, 7).Select(i => Note(prolific, likes: 10 + i))
            .Concat(Enumerable.Range(0, 5).Select(_ => Note())).ToList();
        var left = FeedRanking.Rank(all, Now).ToList();
        var shown = new List<FeedCandidate>();

        while (left.Count > 0)
        {
            var page = FeedRanking.Page(left, 4);
            page.ShouldNotBeEmpty();
            page.Count(n => n.AuthorId == prolific).ShouldBeLessThanOrEqualTo(2);
            page.Zip(page.Skip(1)).ShouldAllBe(p => p.First.AuthorId != p.Second.AuthorId);
            shown.AddRange(page);
            left.RemoveAll(page.Contains);
        }

        shown.Select(n => n.Id).ShouldBe(all.Select(n => n.Id), ignoreOrder: true);
        shown.Select(n => n.Id).Distinct().Count().ShouldBe(all.Count);
    }

    [Fact]
    public void When_only_one_authors_notes_are_left_a_page_holds_one_of_them()
    {
        var author = Guid.NewGuid();
        var ranked = FeedRanking.Rank([Note(author), Note(author), Note(author)], Now);

        FeedRanking.Page(ranked, 10).Count.ShouldBe(1);
    }

    [Fact]
    public void Discover_cursors_round_trip_and_foreign_text_is_refused()
    {
        var seen = new HashSet<ulong> { FeedCursor.Fingerprint(Guid.CreateVersion7()), FeedCursor.Fingerprint(Guid.CreateVersion7()) };
        var cursor = new FeedCursor.Discover(Now, seen);

        var back = FeedCursor.Decode(cursor.Encode()).ShouldBeOfType<FeedCursor.Discover>();
        back.SnapshotUtc.ShouldBe(Now);
        back.Seen.ShouldBe(seen, ignoreOrder: true);
        var id = Guid.CreateVersion7();
        FeedCursor.Decode(new FeedCursor.Following(id).Encode()).ShouldBe(new FeedCursor.Following(id));
        FeedCursor.Decode("not-a-cursor!").ShouldBeNull();
        FeedCursor.Decode(id.ToString()).ShouldBeNull();
    }
}
