using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// The shopper's conversations, newest first; and a store's inbox for its people: unassigned (handed over, nobody has it
/// yet), mine, or all, optionally by status. Newest activity first, at most <see cref="Page"/>.
/// </summary>
internal static class ListConversations
{
    public const int Page = 100;

    public static async Task<IReadOnlyList<Conversation>> Mine(Guid customerId, PlazaDb db, CancellationToken ct) =>
        await db.Set<Conversation>().AsNoTracking().Where(c => c.CustomerId == customerId).OrderByDescending(c => c.LastMessageAtUtc).Take(Page)
            .ToListAsync(ct);

    /// <returns>null when the view or status is not one of the known ones.</returns>
    public static async Task<IReadOnlyList<Conversation>?> Inbox(Guid storeId, Guid me, string? view, string? status, PlazaDb db, CancellationToken ct)
    {
        var q = db.Set<Conversation>().AsNoTracking().Where(c => c.StoreId == storeId);
        switch (view ?? "unassigned")
        {
            case "unassigned": q = q.Where(c => c.Handler == ConversationHandler.Person && c.AssigneeId == null); break;
            case "mine": q = q.Where(c => c.AssigneeId == me); break;
            case "all": break;
            default: return null;
        }
        if (status is not null)
        {
            if (!Enum.TryParse<ConversationStatus>(status, ignoreCase: true, out var s) || int.TryParse(status, out _)) return null;
            q = q.Where(c => c.Status == s);
        }
        else if (view != "all") q = q.Where(c => c.Status != ConversationStatus.Resolved);
        return await q.OrderByDescending(c => c.LastMessageAtUtc).Take(Page).ToListAsync(ct);
    }

    public static async Task<Ok<IReadOnlyList<ConversationView>>> HandleMine(ClaimsPrincipal user, PlazaDb db, SupportReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.Views(await Mine(user.RequiredAccountId(), db, ct), forAgents: false, ct));

    public static async Task<Results<Ok<IReadOnlyList<ConversationView>>, ValidationProblem, NotFound>> HandleInbox(Guid storeId, string? view,
        string? status, ClaimsPrincipal user, PlazaDb db, SupportReader reader, CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return TypedResults.NotFound();
        if (await Inbox(storeId, user.RequiredAccountId(), view, status, db, ct) is not { } list)
            return new Validator().Add("view", "Choose unassigned, mine or all, and a status: open, pending, snoozed or resolved.").Problem();
        return TypedResults.Ok(await reader.Views(list, forAgents: true, ct));
    }
}
