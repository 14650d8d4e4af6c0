using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Support.ServiceLevels;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// An agent resolves a conversation, marks it pending (waiting for the customer), snoozes it until a time, or opens it
/// again. Resolving frees the agent's seat; the history of changes is what service levels are counted from.
/// </summary>
internal static class ChangeConversationStatus
{
    public sealed record StatusRequest(string? Status, DateTime? SnoozeUntilUtc);

    /// <returns>null when the conversation does not exist or is not the caller's store's.</returns>
    public static async Task<Outcome<Conversation>?> Execute(Guid conversationId, StatusRequest r, ClaimsPrincipal user, PlazaDb db,
        AgentSeats seats, SupportNews news, ServiceLevelReader levels, TimeProvider clock, CancellationToken ct)
    {
        var c = await db.Set<Conversation>().FirstOrDefaultAsync(x => x.Id == conversationId, ct);
        if (c is null || !SupportAccess.IsAgent(c, user)) return null;
        if (!Enum.TryParse<ConversationStatus>(r.Status, ignoreCase: true, out var to) || int.TryParse(r.Status, out _))
            return new Validator().Add("status", "Choose open, pending, snoozed or resolved.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (to == ConversationStatus.Snoozed && (r.SnoozeUntilUtc is not { } until || until <= now))
            return new Validator().Add("snoozeUntilUtc", "Snooze until a time in the future.");
        var snoozeUntil = r.SnoozeUntilUtc is { } s ? DateTime.SpecifyKind(s, DateTimeKind.Utc) : (DateTime?)null;
        await Apply(c, to, snoozeUntil, ResolvedBy.Agent, db, seats, news, levels, now, ct);
        return c;
    }

    /// <summary>
    /// Moves a tracked conversation and saves it with everything that goes with the move: the holder's seat (freed on resolving,
    /// taken again on reopening), the "resolved" line, the history entry and, on resolving, the finished cycle measured against
    /// the store's targets. Then tells both sides.
    /// </summary>
    public static async Task Apply(Conversation c, ConversationStatus to, DateTime? snoozeUntil, ResolvedBy by, PlazaDb db, AgentSeats seats,
        SupportNews news, ServiceLevelReader levels, DateTime now, CancellationToken ct)
    {
        var wasResolved = c.Status == ConversationStatus.Resolved;
        if (c.Move(to, now, snoozeUntil) is not { } change) return;
        var cycle = to == ConversationStatus.Resolved ? SupportCycle.Close(c, await levels.Measure(c, now, ct), by, now) : null;
        List<SupportMessage> added = [];
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            if (c.AssigneeId is { } holder)
            {
                if (to == ConversationStatus.Resolved) await seats.Release(c.StoreId, holder, ct);
                else if (wasResolved) await seats.TryTake(c.StoreId, holder, now, underLimit: false, ct);
            }
            if (cycle is not null)
            {
                added.Add(SupportMessage.FromSystem(c.Id, SystemMessages.Resolved, null, now));
                db.Add(cycle);
            }
            db.AddRange(c.Number(added));
            db.Add(ConversationStatusChange.Of(c.Id, change, now));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await news.Tell(c, added, changed: true, ct);
    }

    public static async Task<Results<Ok<ConversationView>, ValidationProblem, NotFound>> Handle(Guid id, StatusRequest request, ClaimsPrincipal user,
        PlazaDb db, AgentSeats seats, SupportNews news, ServiceLevelReader levels, SupportReader reader, TimeProvider clock, CancellationToken ct)
    {
        if (await Execute(id, request, user, db, seats, news, levels, clock, ct) is not { } outcome) return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        return TypedResults.Ok((await reader.Views([outcome.Value!], forAgents: true, ct))[0]);
    }
}
