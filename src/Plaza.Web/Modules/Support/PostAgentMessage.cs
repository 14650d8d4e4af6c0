using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// A person at the store replies, or writes an internal note only the store's people see. A reply makes the person the
/// owner at once (the assistant falls silent), counts as the first response of the cycle if it is one, tells the shopper
/// who joined, and gives an unassigned conversation to the person who answered it.
/// </summary>
internal static class PostAgentMessage
{
    public sealed record AgentPostRequest(string? Text, bool? Internal);

    /// <returns>null when the conversation does not exist or is not the caller's store's.</returns>
    public static async Task<Outcome<SupportMessage>?> Execute(Guid conversationId, string? text, bool isInternal, string? photo, ClaimsPrincipal user,
        PlazaDb db, AgentSeats seats, SupportNews news, TimeProvider clock, CancellationToken ct)
    {
        var c = await db.Set<Conversation>().FirstOrDefaultAsync(x => x.Id == conversationId, ct);
        if (c is null || !SupportAccess.IsAgent(c, user)) return null;
        var v = new Validator().Text(text, "text", SupportMessage.TextMax, required: photo is null);
        if (!v.IsValid) return v;

        var me = user.RequiredAccountId();
        var now = clock.GetUtcNow().UtcDateTime;
        List<SupportMessage> added = [];
        if (!isInternal && c.PersonReplied(me, now)) added.Add(SupportMessage.FromSystem(c.Id, SystemMessages.Joined, me, now));
        var message = SupportMessage.FromAgent(c.Id, me, text?.Trim() ?? "", isInternal, photo, now);
        var takes = false;
        if (isInternal) c.AgentRead(now);
        else
        {
            c.Replied(message.Id, now);
            if (c.AssigneeId is null && c.Status != ConversationStatus.Resolved)
            {
                await seats.Ensure(c.StoreId, me, now, ct);
                c.AssignTo(me);
                takes = true;
            }
        }
        added.Add(message);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (takes) await seats.TryTake(c.StoreId, me, now, underLimit: false, ct);
            db.AddRange(c.Number(added));
            await db.SaveChangesAsync(ct); // racing another change of the conversation: 409, and the seat rolls back
            await tx.CommitAsync(ct);
        }
        await news.Tell(c, added, changed: !isInternal, ct);
        return message;
    }

    public static async Task<Results<Ok<ConversationDetail>, ValidationProblem, NotFound>> Handle(Guid id, AgentPostRequest request,
        ClaimsPrincipal user, PlazaDb db, AgentSeats seats, SupportNews news, SupportReader reader, TimeProvider clock, CancellationToken ct)
    {
        if (await Execute(id, request.Text, request.Internal == true, null, user, db, seats, news, clock, ct) is not { } outcome)
            return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        return TypedResults.Ok(await reader.Detail((await reader.Find(id, ct))!, forAgents: true, ct));
    }
}
