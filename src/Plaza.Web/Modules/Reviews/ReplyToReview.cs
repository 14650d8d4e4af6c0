using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Reviews;

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
