using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Support.ServiceLevels;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support;

/// <summary>The shopper says their question is answered: the conversation is resolved and can be rated; writing again reopens it.</summary>
internal static class CustomerResolves
{
    /// <returns>null when the conversation does not exist or is not the caller's.</returns>
    public static async Task<Conversation?> Execute(Guid conversationId, ClaimsPrincipal user, PlazaDb db, AgentSeats seats, SupportNews news,
        ServiceLevelReader levels, TimeProvider clock, CancellationToken ct)
    {
        var c = await db.Set<Conversation>().FirstOrDefaultAsync(x => x.Id == conversationId, ct);
        if (c is null || !SupportAccess.IsCustomer(c, user)) return null;
        await ChangeConversationStatus.Apply(c, ConversationStatus.Resolved, null, ResolvedBy.Customer, db, seats, news, levels,
            clock.GetUtcNow().UtcDateTime, ct);
        return c;
    }

    public static async Task<Results<Ok<ConversationView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, AgentSeats seats,
        SupportNews news, ServiceLevelReader levels, SupportReader reader, TimeProvider clock, CancellationToken ct) =>
        await Execute(id, user, db, seats, news, levels, clock, ct) is { } c
            ? TypedResults.Ok((await reader.Views([c], forAgents: false, ct))[0])
            : TypedResults.NotFound();
}
