using Plaza.Web.Modules.Identity.Contracts;

namespace Plaza.Web.Modules.Reviews;

internal sealed record ReplyView(string Text, DateTime AtUtc);

/// <summary>A review as others see it. Text is plain text: clients and pages must encode it, never render it as HTML.</summary>
internal sealed record ReviewView(Guid Id, Guid ProductId, Guid StoreId, Guid AuthorAccountId, string AuthorName, int Stars, string Text,
    IReadOnlyList<string> PhotoUrls, bool VerifiedPurchase, ReviewStatus Status, ReplyView? Reply, int HelpfulCount, bool VotedByMe,
    DateTime CreatedAtUtc, DateTime? EditedAtUtc, bool Edited)
{
    public static ReviewView From(Review r, string authorName, bool votedByMe) =>
        new(r.Id, r.ProductId, r.StoreId, r.AuthorAccountId, authorName, r.Stars, r.Text,
            r.Photos.OrderBy(p => p.Position).Select(p => p.Url).ToList(), r.VerifiedPurchase, r.Status,
            r.HasPublishedReply ? new ReplyView(r.ReplyText!, r.ReplyAtUtc!.Value) : null,
            r.HelpfulCount, votedByMe, r.CreatedAtUtc, r.EditedAtUtc, r.EditedAtUtc is not null);

    public static async Task<ReviewView> Of(Review r, IAccountDirectory accounts, CancellationToken ct) =>
        From(r, (await accounts.Find([r.AuthorAccountId], ct)).GetValueOrDefault(r.AuthorAccountId)?.DisplayName ?? "", false);
}

/// <summary>Published reviews of one product (across stores): average to one decimal, and how many gave each number of stars.</summary>
internal sealed record RatingSummary(double Average, int Count, IReadOnlyDictionary<int, int> Stars)
{
    public static RatingSummary From(IReadOnlyDictionary<int, int> counts)
    {
        var stars = Enumerable.Range(Review.MinStars, Review.MaxStars).ToDictionary(s => s, s => counts.GetValueOrDefault(s));
        var count = stars.Values.Sum();
        var average = count == 0 ? 0 : Math.Round((double)stars.Sum(s => s.Key * s.Value) / count, 1, MidpointRounding.AwayFromZero);
        return new(average, count, stars);
    }

    /// <summary>Share of reviews with this many stars, 0..100, for the distribution bars.</summary>
    public int Percent(int stars) => Count == 0 ? 0 : (int)Math.Round(100.0 * Stars.GetValueOrDefault(stars) / Count);
}

internal sealed record ProductReviewsPage(Guid ProductId, RatingSummary Summary, IReadOnlyList<ReviewView> Items, string Sort, int Page,
    int PageSize, int Total);

/// <summary>A line of a completed order the caller has not reviewed yet.</summary>
internal sealed record ReviewableLine(Guid OrderId, string OrderNumber, Guid OrderLineId, Guid ProductId, Guid StoreId, string ProductName, string SkuLabel,
    DateTime PlacedAtUtc);
