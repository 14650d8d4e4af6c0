using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// The agents' open-conversation counts. A seat is taken by one conditional UPDATE (under the limit for automatic
/// assignment) inside the transaction that gives the conversation to the agent, so a lost race rolls the count back and
/// nobody ends up over their limit however many conversations arrive at once.
/// </summary>
internal sealed class AgentSeats(PlazaDb db)
{
    /// <summary>The agent's seat at the store, made the first time they open the inbox or take a conversation.</summary>
    public async Task Ensure(Guid storeId, Guid accountId, DateTime now, CancellationToken ct)
    {
        if (!await db.Set<SupportAgent>().AnyAsync(a => a.StoreId == storeId && a.AccountId == accountId, ct))
            await db.InsertOnceAsync(SupportAgent.Seat(storeId, accountId, now), ct);
    }

    /// <returns>The least busy online agent under their limit, whose seat is now taken; null when everyone is full or away.</returns>
    public async Task<Guid?> TakeLeastBusy(Guid storeId, DateTime now, CancellationToken ct)
    {
        var since = now - SupportAgent.OnlineWindow;
        var candidates = await db.Set<SupportAgent>().AsNoTracking()
            .Where(a => a.StoreId == storeId && !a.Away && a.LastSeenUtc >= since && a.OpenCount < a.MaxOpen)
            .OrderBy(a => a.OpenCount).ThenBy(a => a.LastAssignedAtUtc).Select(a => a.AccountId).ToListAsync(ct);
        foreach (var agent in candidates)
            if (await TryTake(storeId, agent, now, underLimit: true, ct)) return agent;
        return null;
    }

    /// <param name="underLimit">Automatic assignment respects the limit; a person who takes one on purpose may go over it.</param>
    public async Task<bool> TryTake(Guid storeId, Guid accountId, DateTime now, bool underLimit, CancellationToken ct) =>
        await db.Set<SupportAgent>().Where(a => a.StoreId == storeId && a.AccountId == accountId && (!underLimit || a.OpenCount < a.MaxOpen))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.OpenCount, a => a.OpenCount + 1).SetProperty(a => a.LastAssignedAtUtc, now), ct) == 1;

    public Task Release(Guid storeId, Guid accountId, CancellationToken ct) =>
        db.Set<SupportAgent>().Where(a => a.StoreId == storeId && a.AccountId == accountId && a.OpenCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.OpenCount, a => a.OpenCount - 1), ct);

    /// <summary>The agent's inbox is open: they count as online for a while.</summary>
    public Task Seen(Guid storeId, Guid accountId, DateTime now, CancellationToken ct) =>
        db.Set<SupportAgent>().Where(a => a.StoreId == storeId && a.AccountId == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LastSeenUtc, now), ct);
}
