using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// Conversations handed over while every agent was full or away wait unassigned; when someone comes online (opens the
/// inbox) or a seat frees up, the oldest waiting ones are given out, and every few seconds this sweep tries again.
/// </summary>
internal sealed class AssignWaiting(IServiceScopeFactory scopes, ILogger<AssignWaiting> log) : PeriodicSweep(scopes, log)
{
    public const int Batch = 20;

    protected override TimeSpan Period => TimeSpan.FromSeconds(10);

    protected override void Report(int count) { }

    protected override async Task<int> Sweep(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PlazaDb>();
        var stores = await Waiting(db).Select(c => c.StoreId).Distinct().ToListAsync(ct);
        var given = 0;
        foreach (var store in stores)
            given += await Run(store, db, services.GetRequiredService<AgentSeats>(), services.GetRequiredService<SupportNews>(),
                services.GetRequiredService<TimeProvider>(), ct);
        return given;
    }

    /// <returns>How many waiting conversations of the store were given to someone.</returns>
    public static async Task<int> Run(Guid storeId, PlazaDb db, AgentSeats seats, SupportNews news, TimeProvider clock, CancellationToken ct)
    {
        var waiting = await Waiting(db).Where(c => c.StoreId == storeId).OrderBy(c => c.HandedOverAtUtc).Select(c => c.Id).Take(Batch)
            .ToListAsync(ct);
        var given = 0;
        foreach (var id in waiting)
        {
            if (await AssignConversation.Automatically(id, db, seats, news, clock, ct) is null) break; // everyone is full
            given++;
        }
        return given;
    }

    private static IQueryable<Conversation> Waiting(PlazaDb db) =>
        db.Set<Conversation>().AsNoTracking()
            .Where(c => c.Handler == ConversationHandler.Person && c.AssigneeId == null && c.Status != ConversationStatus.Resolved);
}
