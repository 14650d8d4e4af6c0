using Plaza.Web.Modules.Reviews.Contracts;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>Points and growth for a published review with photos, once per review.</summary>
internal sealed class ReviewPoints(PointsBook book) : IEventHandler<ReviewPublished>
{
    public async Task Handle(ReviewPublished e, Guid eventId, CancellationToken ct)
    {
        if (e.PhotoCount <= 0) return;
        await book.Credit(e.AuthorAccountId, PointsKind.ReviewPhotos, book.Options.ReviewPhotosPoints, book.Options.ReviewPhotosGrowth,
            PointsBook.Source.Review(e.ReviewId), null, ct);
    }
}
