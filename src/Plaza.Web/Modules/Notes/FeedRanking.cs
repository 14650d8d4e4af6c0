namespace Plaza.Web.Modules.Notes;

/// <summary>What Discover knows about a candidate note when it ranks it (no text, only sizes and counts).</summary>
internal sealed record FeedCandidate(Guid Id, Guid AuthorId, DateTime CreatedAtUtc, int Likes, int Saves, int Comments,
    int Photos, int Products, int BodyLength, DateTime? AuthorSinceUtc);

/// <summary>
/// Discover's ranking, pure so it can be tested without a database (see docs/decisions/0010):
/// <c>score = (1 + quality + engagement) × freshness</c>, ties broken by the newer id, then pages cut so that
/// no author has more than <see cref="AuthorCapPerPage"/> notes in one page, never two in a row.
/// <list type="bullet">
/// <item>quality (0 to 2.5): a photo 0.75 (+0.25 for each of the next two), a tagged product 0.5, text up to
/// 0.75 (full at 600 characters); halved when the author's account is under 7 days old (or unknown).</item>
/// <item>engagement: ln(1 + likes + 2·saves + 1.5·comments), so the hundredth like adds far less than the first.</item>
/// <item>freshness: halves every 48 hours of age, measured from the feed's snapshot time, not the clock at each page.</item>
/// </list>
/// </summary>
internal static class FeedRanking
{
    public const int AuthorCapPerPage = 2;
    public static readonly TimeSpan HalfLife = TimeSpan.FromHours(48);
    public static readonly TimeSpan NewAuthorAge = TimeSpan.FromDays(7);
    public const int FullLength = 600;

    public static double Quality(FeedCandidate c, DateTime now)
    {
        var q = 0.0;
        if (c.Photos > 0) q += 0.75 + 0.25 * Math.Min(c.Photos - 1, 2);
        if (c.Products > 0) q += 0.5;
        q += 0.75 * Math.Min((double)Math.Max(c.BodyLength, 0) / FullLength, 1.0);
        var newAuthor = c.AuthorSinceUtc is not { } since || now - since < NewAuthorAge;
        return newAuthor ? q / 2 : q;
    }

    public static double Engagement(FeedCandidate c) =>
        Math.Log(1 + Math.Max(c.Likes, 0) + 2.0 * Math.Max(c.Saves, 0) + 1.5 * Math.Max(c.Comments, 0));

    /// <summary>1 for a note written at <paramref name="now"/> (or later), 0.5 at 48 hours, 0.25 at 96 hours.</summary>
    public static double Freshness(FeedCandidate c, DateTime now) =>
        Math.Pow(2, -Math.Max((now - c.CreatedAtUtc).TotalHours, 0) / HalfLife.TotalHours);

    public static double Score(FeedCandidate c, DateTime now) => (1 + Quality(c, now) + Engagement(c)) * Freshness(c, now);

    /// <summary>Best first; equal scores put the newer id (the later note) first, so the order is total and repeatable.</summary>
    public static IReadOnlyList<FeedCandidate> Rank(IEnumerable<FeedCandidate> candidates, DateTime now) =>
        candidates.Select(c => (Candidate: c, Score: Score(c, now)))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Candidate.Id)
            .Select(x => x.Candidate).ToList();

    /// <summary>
    /// The next page from ranked candidates: at each place the best one left whose author has fewer than
    /// <paramref name="cap"/> notes on this page and did not write the note just before. A note that does not fit
    /// waits for a later page (it is never dropped). When nothing left fits, the page ends short; it always holds at
    /// least one note while any is left, so paging through ends.
    /// </summary>
    public static IReadOnlyList<FeedCandidate> Page(IReadOnlyList<FeedCandidate> ranked, int limit, int cap = AuthorCapPerPage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);
        var page = new List<FeedCandidate>(Math.Min(limit, ranked.Count));
        var used = new bool[ranked.Count];
        var perAuthor = new Dictionary<Guid, int>();
        while (page.Count < limit)
        {
            var pick = -1;
            for (var i = 0; i < ranked.Count && pick < 0; i++)
            {
                if (used[i]) continue;
                var author = ranked[i].AuthorId;
                if (perAuthor.GetValueOrDefault(author) >= cap) continue;
                if (page.Count > 0 && page[^1].AuthorId == author) continue;
                pick = i;
            }
            if (pick < 0) break;
            used[pick] = true;
            page.Add(ranked[pick]);
            perAuthor[ranked[pick].AuthorId] = perAuthor.GetValueOrDefault(ranked[pick].AuthorId) + 1;
        }
        return page;
    }
}
