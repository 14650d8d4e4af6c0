using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// The shopper writes (from the page, the hub or the API). A resolved, pending or snoozed conversation opens again (a
/// resolved one with new response timers). While the assistant owns it, it answers at once or hands over; once a person
/// has it, the assistant stays silent and the person is told. A conversation handed over is given to the least busy
/// online agent.
/// </summary>
internal sealed class PostCustomerMessage(PlazaDb db, AssistantTurn assistant, AgentSeats seats, SupportNews news, TimeProvider clock)
{
    public sealed record PostRequest(string? Text);

    /// <returns>null when the conversation does not exist or is not the caller's.</returns>
    public async Task<Outcome<SupportMessage>?> Execute(Guid conversationId, string? text, string? photo, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Set<Conversation>().FirstOrDefaultAsync(x => x.Id == conversationId, ct);
        if (c is null || !SupportAccess.IsCustomer(c, user)) return null;
        var v = new Validator().Text(text, "text", SupportMessage.TextMax, required: photo is null);
        if (!v.IsValid) return v;

        var now = clock.GetUtcNow().UtcDateTime;
        var wasResolved = c.Status == ConversationStatus.Resolved;
        var change = c.CustomerWrote(now);
        var question = SupportMessage.FromCustomer(c.Id, c.CustomerId, text?.Trim() ?? "", photo, now);
        List<SupportMessage> added = [question];
        if (wasResolved) added.Add(SupportMessage.FromSystem(c.Id, SystemMessages.Reopened, null, now));
        var withPersonBefore = c.WithPerson;
        if (!c.WithPerson && question.Text.Length > 0) await assistant.Take(c, question, added, now, ct);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.AddRange(c.Number(added));
            if (change is not null) db.Add(ConversationStatusChange.Of(c.Id, change, now));
            // A reopened conversation goes back to the person who had it.
            if (wasResolved && c.AssigneeId is { } holder) await seats.TryTake(c.StoreId, holder, now, underLimit: false, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await news.Tell(c, added, changed: change is not null || c.WithPerson != withPersonBefore, ct);
        if (c.WithPerson && c.AssigneeId is null) await AssignConversation.Automatically(c.Id, db, seats, news, clock, ct);
        return question;
    }

    public static async Task<Results<Ok<ConversationDetail>, ValidationProblem, NotFound>> Handle(Guid id, PostRequest request, ClaimsPrincipal user,
        PostCustomerMessage post, SupportReader reader, CancellationToken ct)
    {
        if (await post.Execute(id, request.Text, null, user, ct) is not { } outcome) return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        return TypedResults.Ok(await reader.Detail((await reader.Find(id, ct))!, forAgents: false, ct));
    }
}
