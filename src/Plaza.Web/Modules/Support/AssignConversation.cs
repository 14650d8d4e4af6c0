using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// Gives a conversation to an agent: automatically to the least busy online agent under their limit when the assistant
/// hands over (or when someone comes online while conversations wait), or on purpose by an agent to themself or a
/// colleague. The conversation's change and the agents' counts are saved together or not at all.
/// </summary>
internal static class AssignConversation
{
    public sealed record AssignRequest(Guid? AgentId);

    /// <returns>The agent now holding it; null when nobody could take it (it waits, unassigned).</returns>
    public static async Task<Guid?> Automatically(Guid conversationId, PlazaDb db, AgentSeats seats, SupportNews news, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var c = await db.Set<Conversation>().FirstOrDefaultAsync(x => x.Id == conversationId, ct);
        if (c is null || c.AssigneeId is not null || !c.WithPerson || c.Status == ConversationStatus.Resolved) return c?.AssigneeId;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await seats.TakeLeastBusy(c.StoreId, now, ct) is not { } agent) return null;
        c.AssignTo(agent);
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return null; // changed meanwhile (someone took it): the transaction's rollback gives the seat back
        }
        await news.Tell(c, [], changed: true, ct);
        return agent;
    }

    /// <returns>null when the caller may not see it (not the store's).</returns>
    public static async Task<Outcome<Conversation>?> OnPurpose(Guid conversationId, Guid? agentId, ClaimsPrincipal user, PlazaDb db,
        IStoreDirectory stores, AgentSeats seats, SupportNews news, TimeProvider clock, CancellationToken ct)
    {
        var c = await db.Set<Conversation>().FirstOrDefaultAsync(x => x.Id == conversationId, ct);
        if (c is null || !SupportAccess.IsAgent(c, user)) return null;
        if (agentId is { } a && !await stores.IsStaff(c.StoreId, a, ct))
            return new Validator().Add("agentId", "Choose someone who works at this store.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (agentId is { } chosen) await seats.Ensure(c.StoreId, chosen, now, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var holds = c.Status != ConversationStatus.Resolved;
        if (agentId is { } taker && holds) await seats.TryTake(c.StoreId, taker, now, underLimit: false, ct);
        if (c.AssignTo(agentId) is { } before && holds) await seats.Release(c.StoreId, before, ct);
        // A person took it on purpose: the assistant stops answering.
        if (agentId is not null) c.HandOver(HandoverReason.TakenByPerson, now);
        await db.SaveChangesAsync(ct); // a race with another change is a 409 concurrency_conflict, and the seats roll back
        await tx.CommitAsync(ct);
        await news.Tell(c, [], changed: true, ct);
        return c;
    }

    public static async Task<Results<Ok<ConversationView>, ValidationProblem, NotFound>> Handle(Guid id, AssignRequest request, ClaimsPrincipal user,
        PlazaDb db, IStoreDirectory stores, AgentSeats seats, SupportNews news, SupportReader reader, TimeProvider clock, CancellationToken ct)
    {
        var agent = request.AgentId ?? user.RequiredAccountId();
        if (await OnPurpose(id, agent, user, db, stores, seats, news, clock, ct) is not { } outcome) return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        return TypedResults.Ok((await reader.Views([outcome.Value!], forAgents: true, ct))[0]);
    }
}
