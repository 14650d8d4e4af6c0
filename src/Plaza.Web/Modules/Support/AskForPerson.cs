using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support;

/// <summary>"Talk to a person": the shopper's button, the same as asking in words. Asking again changes nothing.</summary>
internal sealed class AskForPerson(PlazaDb db, AssistantTurn assistant, AgentSeats seats, SupportNews news, TimeProvider clock)
{
    /// <returns>null when the conversation does not exist or is not the caller's.</returns>
    public async Task<Conversation?> Execute(Guid conversationId, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Set<Conversation>().FirstOrDefaultAsync(x => x.Id == conversationId, ct);
        if (c is null || !SupportAccess.IsCustomer(c, user)) return null;
        if (c.WithPerson) return c;
        var now = clock.GetUtcNow().UtcDateTime;
        List<SupportMessage> added = [];
        await assistant.HandOver(c, HandoverReason.Asked, added, now, ct);
        if (c.CustomerWrote(now) is { } change) db.Add(ConversationStatusChange.Of(c.Id, change, now));
        db.AddRange(c.Number(added));
        await db.SaveChangesAsync(ct);
        await news.Tell(c, added, changed: true, ct);
        await AssignConversation.Automatically(c.Id, db, seats, news, clock, ct);
        return c;
    }

    public static async Task<Results<Ok<ConversationDetail>, NotFound>> Handle(Guid id, ClaimsPrincipal user, AskForPerson ask, SupportReader reader,
        CancellationToken ct) =>
        await ask.Execute(id, user, ct) is { } c ? TypedResults.Ok(await reader.Detail((await reader.Find(c.Id, ct))!, false, ct)) : TypedResults.NotFound();
}
