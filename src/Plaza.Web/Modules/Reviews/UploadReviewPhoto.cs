using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Reviews;

/// <summary>The author adds one photo (multipart field <c>file</c>), like product photos: JPEG, PNG or WebP up to 5 MB, at most 6.</summary>
internal static class UploadReviewPhoto
{
    public sealed record ReviewPhotoView(Guid Id, string Url);

    public static async Task<Results<Created<ReviewPhotoView>, ValidationProblem, NotFound>> Handle(Guid id, IFormFile? file, ClaimsPrincipal user,
        PlazaDb db, PhotoStorage storage, TimeProvider clock, CancellationToken ct)
    {
        var review = await EditReview.LoadOwn(id, user, db, ct);
        if (review is null) return TypedResults.NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        review.EnsureEditable(now);
        if (review.Photos.Count >= Review.MaxPhotos) throw new DomainException("too_many_photos", "A review has at most 6 photos.");
        if (PhotoStorage.Missing(file) is { } missing) return new Validator().Add("file", missing).Problem();
        var outcome = await ReviewInput.SaveWithPhotos(review, [file!], db, storage, now,
            () => new DomainException("concurrency_conflict", "Someone else changed this at the same time. Reload and try again."), ct);
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!.ToDictionary(e => "file", e => e.Value));
        var photo = review.Photos[^1];
        return TypedResults.Created(photo.Url, new ReviewPhotoView(photo.Id, photo.Url));
    }
}
