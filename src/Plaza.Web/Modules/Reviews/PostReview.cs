using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Reviews;

/// <summary>
/// The customer reviews one line of their own order once it is completed: 404 for a line that is not
/// theirs (existence is private), 409 <c>order_not_completed</c> before completion, 409 <c>already_reviewed</c>
/// for a second review of the line (also when two taps race: the unique index decides). Photos may come
/// with it (the page's form); files that do not make it into the database are deleted again.
/// </summary>
internal static class PostReview
{
    public sealed record PostReviewRequest(Guid? OrderLineId, int? Stars, string? Text);

    public sealed record Dependencies(PlazaDb Db, IPurchases Purchases, IContentPipeline Pipeline, IAccountDirectory Accounts, PhotoStorage Storage,
        TimeProvider Clock);

    /// <returns>null when the order line is not the caller's (or does not exist).</returns>
    public static async Task<Outcome<Review>?> Execute(PostReviewRequest r, IReadOnlyList<IFormFile>? photos, ClaimsPrincipal user, Dependencies d,
        CancellationToken ct)
    {
        var v = new Validator();
        v.Check(r.OrderLineId is not null, "orderLineId", "Choose the item you are reviewing.");
        ReviewInput.CheckStars(r.Stars, v);
        v.Text(r.Text, "text", Review.TextMax, required: false);
        ReviewInput.CheckPhotos(photos, 0, v);
        if (!v.IsValid) return v;

        var authorId = user.RequiredAccountId();
        var line = await d.Purchases.Line(r.OrderLineId!.Value, ct);
        if (line is null || line.CustomerId != authorId) return null;
        if (!line.OrderCompleted) throw new DomainException("order_not_completed", "You can review an item once its order is completed.");
        if (await d.Db.Set<Review>().AnyAsync(x => x.OrderLineId == line.OrderLineId, ct)) throw AlreadyReviewed();

        var now = d.Clock.GetUtcNow().UtcDateTime;
        await ReviewModeration.EnsureWithinLimit(d.Db, authorId, d.Accounts, now, ct);
        var held = await ReviewModeration.Check(r.Text, "text", authorId, v, d.Pipeline, d.Accounts, now, ct);
        if (!v.IsValid) return v;

        var review = Review.Write(line.OrderId, line.OrderLineId, line.ProductId, line.StoreId, authorId, line.OrderCompleted, r.Stars!.Value,
            r.Text, held, now);
        d.Db.Add(review);
        return await ReviewInput.SaveWithPhotos(review, photos, d.Db, d.Storage, now, AlreadyReviewed, ct);
    }

    private static DomainException AlreadyReviewed() => new("already_reviewed", "You have already reviewed this item.");

    public static async Task<Results<Created<ReviewView>, ValidationProblem, NotFound>> Handle(PostReviewRequest request, ClaimsPrincipal user,
        PlazaDb db, IPurchases purchases, IContentPipeline pipeline, IAccountDirectory accounts, PhotoStorage storage, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await Execute(request, null, user, new Dependencies(db, purchases, pipeline, accounts, storage, clock), ct);
        if (outcome is { Ok: true, Value: { } review })
        {
            var name = (await accounts.Find([review.AuthorAccountId], ct)).GetValueOrDefault(review.AuthorAccountId)?.DisplayName ?? "";
            return TypedResults.Created($"/api/v1/reviews/{review.Id}", ReviewView.From(review, name, false));
        }
        return outcome is { } o ? TypedResults.ValidationProblem(o.Errors!) : TypedResults.NotFound();
    }
}

/// <summary>Input checks and saving shared by posting, editing and adding photos.</summary>
internal static class ReviewInput
{
    public static void CheckStars(int? stars, Validator v) =>
        v.Check(stars is >= Review.MinStars and <= Review.MaxStars, "stars", "Choose 1 to 5 stars.");

    public static void CheckPhotos(IReadOnlyList<IFormFile>? photos, int already, Validator v)
    {
        var count = photos?.Count(PhotoStorage.IsChosen) ?? 0;
        if (already + count > Review.MaxPhotos) v.Add("photos", "A review has at most 6 photos.");
        foreach (var f in photos ?? [])
            if (f.Length > PhotoStorage.MaxBytes) v.Add("photos", "A photo may be at most 5 MB.");
    }

    /// <summary>Stores the photo files, then the review and its photo rows in one SaveChanges; nothing half-written.</summary>
    public static async Task<Outcome<Review>> SaveWithPhotos(Review review, IReadOnlyList<IFormFile>? photos, PlazaDb db, PhotoStorage storage,
        DateTime now, Func<DomainException> onUniqueConflict, CancellationToken ct)
    {
        try
        {
            var error = await storage.StoreThenSave(photos, (name, type) => db.Add(review.AddPhoto(name, type, now)), () => db.SaveChangesAsync(ct), ct);
            return error is null ? review : new Validator().Add("photos", error);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw onUniqueConflict(); // the unique index decided a race (files were already deleted)
        }
    }
}
