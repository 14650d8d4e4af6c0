using System.Diagnostics.CodeAnalysis;
using Plaza.Web.Modules.Reviews.Contracts;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Reviews;

/// <summary>Published: everyone sees it. Pending: the content pipeline held it for a moderator. Removed: a moderator took it down.</summary>
internal enum ReviewStatus { Published, Pending, Removed }

/// <summary>
/// A shopper's review of one line of one of their completed orders: 1–5 stars, optional text (stars alone
/// are a review too), up to 6 photos. Only reviews of completed orders exist, so every review is a
/// verified purchase. The author may change it for 7 days; the store's staff may answer once, publicly.
/// <see cref="HelpfulCount"/> only moves by one conditional UPDATE (<see cref="HelpfulCounter"/>).
/// </summary>
internal sealed class Review : IHasDomainEvents
{
    public const int TextMax = 2000, ReplyMax = 1000, MaxPhotos = 6, MinStars = 1, MaxStars = 5;
    public static readonly TimeSpan EditWindow = TimeSpan.FromDays(7);

    private readonly List<ReviewPhoto> _photos = [];
    private readonly List<IDomainEvent> _events = [];

    private Review() { }

    public Guid Id { get; private set; }
    public Guid OrderId { get; private set; }
    public Guid OrderLineId { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid AuthorAccountId { get; private set; }
    public int Stars { get; private set; }
    public string Text { get; private set; } = "";
    public ReviewStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? EditedAtUtc { get; private set; }
    public string? ReplyText { get; private set; }
    public Guid? ReplyByAccountId { get; private set; }
    public DateTime? ReplyAtUtc { get; private set; }
    public ReviewStatus? ReplyStatus { get; private set; }
    public int HelpfulCount { get; private set; }
    /// <summary>Why a moderator removed it; the author sees this.</summary>
    public string? RemovalReason { get; private set; }
    public IReadOnlyList<ReviewPhoto> Photos => _photos;
    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    /// <summary>Always true: a review can only be written for a line of a completed order.</summary>
    [SuppressMessage("Performance", "CA1822", Justification = "A fact about each review, read from the review like its other facts")]
    public bool VerifiedPurchase => true;

    public bool IsPublished => Status == ReviewStatus.Published;
    public bool HasPublishedReply => ReplyText is not null && ReplyStatus == ReviewStatus.Published;

    public bool CanEdit(DateTime now) => Status != ReviewStatus.Removed && now <= CreatedAtUtc + EditWindow;

    /// <param name="held">The content pipeline wants a moderator to see the text first.</param>
    public static Review Write(Guid orderId, Guid orderLineId, Guid productId, Guid storeId, Guid authorId, bool orderCompleted,
        int stars, string? text, bool held, DateTime now)
    {
        if (!orderCompleted) throw new DomainException("order_not_completed", "You can review an item once its order is completed.");
        var review = new Review
        {
            Id = Guid.CreateVersion7(),
            OrderId = orderId,
            OrderLineId = orderLineId,
            ProductId = productId,
            StoreId = storeId,
            AuthorAccountId = authorId,
            CreatedAtUtc = now,
        };
        review.Set(stars, text, held);
        if (review.IsPublished) review.Announce(now);
        return review;
    }

    /// <summary>The author changes stars and text within 7 days of posting; it is checked again, so it may be held again.</summary>
    public void Edit(int stars, string? text, bool held, DateTime now)
    {
        EnsureEditable(now);
        var was = Status;
        Set(stars, text, held);
        EditedAtUtc = now;
        if (IsPublished && was != ReviewStatus.Published) Announce(now);
    }

    public void EnsureEditable(DateTime now)
    {
        if (Status == ReviewStatus.Removed) throw new DomainException("review_removed", "This review was removed by a moderator.");
        if (now > CreatedAtUtc + EditWindow) throw new DomainException("edit_window_closed", "A review can be changed for 7 days after it is posted.");
    }

    public ReviewPhoto AddPhoto(string fileName, string contentType, DateTime now)
    {
        EnsureEditable(now);
        if (_photos.Count >= MaxPhotos) throw new DomainException("too_many_photos", "A review has at most 6 photos.");
        var photo = new ReviewPhoto(Guid.CreateVersion7(), Id, fileName, contentType, _photos.Count);
        _photos.Add(photo);
        if (IsPublished) Announce(now);
        return photo;
    }

    /// <summary>The store answers once, publicly (held replies wait for a moderator like reviews do).</summary>
    public void Reply(Guid staffId, string text, bool held, DateTime now)
    {
        if (ReplyText is not null) throw new DomainException("already_replied", "The store has already replied to this review.");
        if (Status == ReviewStatus.Removed) throw new DomainException("review_removed", "This review was removed by a moderator.");
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > ReplyMax) throw new DomainException("invalid_reply", "A reply has 1 to 1000 characters.");
        ReplyText = trimmed;
        ReplyByAccountId = staffId;
        ReplyAtUtc = now;
        ReplyStatus = held ? ReviewStatus.Pending : ReviewStatus.Published;
    }

    public const int RemovalReasonMax = 500;

    /// <summary>A moderator lets a held review be seen (a published one stays published; a removed one stays removed).</summary>
    public void Approve(DateTime now)
    {
        if (Status == ReviewStatus.Removed) throw new DomainException("already_removed", "This review was removed by a moderator.");
        var was = Status;
        Status = ReviewStatus.Published;
        if (was != ReviewStatus.Published) Announce(now);
    }

    /// <summary>
    /// Tells other modules (Loyalty's points for reviews with photos) that the review is out, with how many photos; one
    /// pending event at a time.
    /// </summary>
    private void Announce(DateTime now)
    {
        _events.RemoveAll(e => e is ReviewPublished);
        _events.Add(new ReviewPublished(Id, AuthorAccountId, ProductId, StoreId, _photos.Count, now));
    }

    /// <summary>A moderator takes the review down; the author is told why.</summary>
    public void Remove(string reason)
    {
        var trimmed = (reason ?? "").Trim();
        if (trimmed.Length is 0 or > RemovalReasonMax) throw new DomainException("invalid_reason", "Give a reason of 1 to 500 characters.");
        Status = ReviewStatus.Removed;
        RemovalReason = trimmed;
    }

    /// <summary>Only other people's published reviews take helpful votes.</summary>
    public void EnsureCanVote(Guid accountId)
    {
        if (accountId == AuthorAccountId) throw new DomainException("own_review", "You cannot mark your own review as helpful.");
        if (!IsPublished) throw new DomainException("review_not_published", "This review is not published.");
    }

    private void Set(int stars, string? text, bool held)
    {
        if (stars is < MinStars or > MaxStars) throw new DomainException("invalid_stars", "Choose 1 to 5 stars.");
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length > TextMax) throw new DomainException("invalid_text", "A review has at most 2000 characters.");
        Stars = stars;
        Text = trimmed;
        Status = held ? ReviewStatus.Pending : ReviewStatus.Published;
    }
}

internal sealed class ReviewPhoto
{
    private ReviewPhoto() { }

    public ReviewPhoto(Guid id, Guid reviewId, string fileName, string contentType, int position)
    {
        Id = id;
        ReviewId = reviewId;
        FileName = fileName;
        ContentType = contentType;
        Position = position;
    }

    public Guid Id { get; private set; }
    public Guid ReviewId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public int Position { get; private set; }
    public string Url => "/media/photos/" + FileName;
}

/// <summary>One account found one review helpful (one row per account and review).</summary>
internal sealed class HelpfulVote
{
    private HelpfulVote() { }

    public HelpfulVote(Guid reviewId, Guid accountId, DateTime now)
    {
        ReviewId = reviewId;
        AccountId = accountId;
        CreatedAtUtc = now;
    }

    public Guid ReviewId { get; private set; }
    public Guid AccountId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
}
