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
