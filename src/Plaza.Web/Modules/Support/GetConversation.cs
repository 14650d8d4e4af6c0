using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support;

/// <summary>One conversation with its messages: for its shopper (without internal notes) or the store's people (with them).</summary>
internal static class GetConversation
{
    public static async Task<Results<Ok<ConversationDetail>, NotFound>> Handle(Guid id, ClaimsPrincipal user, SupportReader reader, CancellationToken ct)
    {
        var c = await reader.Find(id, ct);
        if (c is null || !SupportAccess.CanSee(c, user)) return TypedResults.NotFound();
        return TypedResults.Ok(await reader.Detail(c, forAgents: SupportAccess.IsAgent(c, user), ct));
    }
}

/// <summary>The reader caught up: the other side sees "read". The shopper's page also says they are there (no notification needed).</summary>
internal static class MarkRead
{
    /// <returns>null when the caller may not see the conversation.</returns>
    public static async Task<Conversation?> Execute(Guid id, ClaimsPrincipal user, PlazaDb db, SupportBroadcast broadcast, TimeProvider clock,
        CancellationToken ct)
    {
        var c = await db.Set<Conversation>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || !SupportAccess.CanSee(c, user)) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var customer = SupportAccess.IsCustomer(c, user);
        // Read markers only move forward and never fight a reply for the concurrency token: a plain UPDATE of their columns.
        if (customer)
            await db.Set<Conversation>().Where(x => x.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerReadAtUtc, now).SetProperty(x => x.CustomerSeenAtUtc, now), ct);
        else await db.Set<Conversation>().Where(x => x.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.AgentReadAtUtc, now), ct);
        await broadcast.Read(id, customer, now);
        return c;
    }

    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, SupportBroadcast broadcast,
        TimeProvider clock, CancellationToken ct) =>
        await Execute(id, user, db, broadcast, clock, ct) is null ? TypedResults.NotFound() : TypedResults.NoContent();
}
