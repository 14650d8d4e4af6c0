using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Support.ServiceLevels;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Support;

/// <summary>At the end the shopper says how it went: 1–5 stars and a word if they like; rating again replaces it.</summary>
internal static class RateConversation
{
    public const int CommentMax = 500;

    public sealed record RatingRequest(int? Stars, string? Comment);

    /// <returns>null when the conversation does not exist or is not the caller's.</returns>
    public static async Task<Outcome<Conversation>?> Execute(Guid conversationId, RatingRequest r, ClaimsPrincipal user, PlazaDb db,
        SupportNews news, CancellationToken ct)
    {
        var c = await db.Set<Conversation>().FirstOrDefaultAsync(x => x.Id == conversationId, ct);
        if (c is null || !SupportAccess.IsCustomer(c, user)) return null;
        var v = new Validator().Check(r.Stars is >= 1 and <= 5, "stars", "Choose 1 to 5 stars.").Text(r.Comment, "comment", CommentMax, required: false);
        if (!v.IsValid) return v;
        c.Rate(r.Stars!.Value, r.Comment);
        // The rating belongs to the cycle that just ended, where the dashboard counts it.
        var cycle = await db.Set<SupportCycle>().Where(x => x.ConversationId == c.Id).OrderByDescending(x => x.ResolvedAtUtc).FirstOrDefaultAsync(ct);
        cycle?.Rate(r.Stars!.Value);
        await db.SaveChangesAsync(ct);
        await news.Tell(c, [], changed: true, ct);
        return c;
    }

    public static async Task<Results<Ok<ConversationView>, ValidationProblem, NotFound>> Handle(Guid id, RatingRequest request, ClaimsPrincipal user,
        PlazaDb db, SupportNews news, SupportReader reader, CancellationToken ct)
    {
        if (await Execute(id, request, user, db, news, ct) is not { } outcome) return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        return TypedResults.Ok((await reader.Views([outcome.Value!], forAgents: false, ct))[0]);
    }
}
