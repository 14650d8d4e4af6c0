using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Reviews;

/// <summary>
/// The author changes stars and text (and may add photos) for 7 days after posting; afterwards 409
/// <c>edit_window_closed</c>. Someone else's review is a 404. The new text passes the pipeline again.
/// </summary>
internal static class EditReview
{
    public sealed record EditReviewRequest(int? Stars, string? Text);

    public static Task<Review?> LoadOwn(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        return db.Set<Review>().Include(r => r.Photos).FirstOrDefaultAsync(r => r.Id == id && r.AuthorAccountId == me, ct);
    }

    public static async Task<Outcome<Review>?> Execute(Guid id, EditReviewRequest r, IReadOnlyList<IFormFile>? photos, ClaimsPrincipal user,
        PlazaDb db, IContentPipeline pipeline, IAccountDirectory accounts, PhotoStorage storage, TimeProvider clock, CancellationToken ct)
    {
        var review = await LoadOwn(id, user, db, ct);
        if (review is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        review.EnsureEditable(now);

        var v = new Validator();
        ReviewInput.CheckStars(r.Stars, v);
        v.Text(r.Text, "text", Review.TextMax, required: false);
        ReviewInput.CheckPhotos(photos, review.Photos.Count, v);
        if (!v.IsValid) return v;
        var held = await ReviewModeration.Check(r.Text, "text", review.AuthorAccountId, v, pipeline, accounts, now, ct);
        if (!v.IsValid) return v;

        review.Edit(r.Stars!.Value, r.Text, held, now);
        return await ReviewInput.SaveWithPhotos(review, photos, db, storage, now,
            () => new DomainException("concurrency_conflict", "Someone else changed this at the same time. Reload and try again."), ct);
    }

    public static async Task<Results<Ok<ReviewView>, ValidationProblem, NotFound>> Handle(Guid id, EditReviewRequest request, ClaimsPrincipal user,
        PlazaDb db, IContentPipeline pipeline, IAccountDirectory accounts, PhotoStorage storage, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await Execute(id, request, null, user, db, pipeline, accounts, storage, clock, ct);
        if (outcome is not { } o) return TypedResults.NotFound();
        if (!o.Ok) return TypedResults.ValidationProblem(o.Errors!);
        return TypedResults.Ok(await ReviewView.Of(o.Value!, accounts, ct));
    }
}

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
        if (file is null) return TypedResults.ValidationProblem(new Validator().Add("file", "Choose a picture to upload.").Errors);
        var outcome = await ReviewInput.SaveWithPhotos(review, [file], db, storage, now,
            () => new DomainException("concurrency_conflict", "Someone else changed this at the same time. Reload and try again."), ct);
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!.ToDictionary(e => "file", e => e.Value));
        var photo = review.Photos[^1];
        return TypedResults.Created(photo.Url, new ReviewPhotoView(photo.Id, photo.Url));
    }
}

/// <summary>
/// Staff of the review's store answer once, publicly: 409 <c>already_replied</c> the second time (also when
/// two staff answer at the same instant: the write is conditional on there being no reply yet).
/// Anyone else gets 403; a review that is not published is a 404.
/// </summary>
internal static class ReplyToReview
{
    public sealed record ReplyRequest(string? Text);

    public static async Task<Outcome<Review>?> Execute(Guid id, ReplyRequest r, ClaimsPrincipal user, PlazaDb db, IContentPipeline pipeline,
        IAccountDirectory accounts, TimeProvider clock, CancellationToken ct)
    {
        var review = await db.Set<Review>().AsNoTracking().Include(x => x.Photos).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (review is null || review.Status == ReviewStatus.Removed) return null;
        if (!user.IsStaffOf(review.StoreId)) throw new ForbiddenException("not_store_staff", "Only the store's staff can reply to its reviews.");
        if (review.ReplyText is not null) throw AlreadyReplied();

        var v = new Validator().Text(r.Text, "text", Review.ReplyMax);
        if (!v.IsValid) return v;
        var staffId = user.RequiredAccountId();
        var now = clock.GetUtcNow().UtcDateTime;
        var held = await ReviewModeration.Check(r.Text, "text", staffId, v, pipeline, accounts, now, ct);
        if (!v.IsValid) return v;

        review.Reply(staffId, r.Text!, held, now);
        var written = await db.Set<Review>().Where(x => x.Id == id && x.ReplyText == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReplyText, review.ReplyText)
                .SetProperty(x => x.ReplyByAccountId, review.ReplyByAccountId)
                .SetProperty(x => x.ReplyAtUtc, review.ReplyAtUtc)
                .SetProperty(x => x.ReplyStatus, review.ReplyStatus), ct);
        if (written == 0) throw AlreadyReplied();
        return review;
    }

    private static DomainException AlreadyReplied() => new("already_replied", "The store has already replied to this review.");

    public static async Task<Results<Ok<ReviewView>, ValidationProblem, NotFound>> Handle(Guid id, ReplyRequest request, ClaimsPrincipal user,
        PlazaDb db, IContentPipeline pipeline, IAccountDirectory accounts, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await Execute(id, request, user, db, pipeline, accounts, clock, ct);
        if (outcome is not { } o) return TypedResults.NotFound();
        if (!o.Ok) return TypedResults.ValidationProblem(o.Errors!);
        return TypedResults.Ok(await ReviewView.Of(o.Value!, accounts, ct));
    }
}
