using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Support.ServiceLevels;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// Resolves conversations nobody is waiting on, so the inbox and the dashboard show what is really open: one the assistant
/// answered and the shopper left for <see cref="AssistantIdle"/>, and one waiting for the customer (pending) who has not
/// written for <see cref="PendingIdle"/>. Writing again reopens either with new timers.
/// </summary>
internal sealed class ResolveIdle(IServiceScopeFactory scopes, ILogger<ResolveIdle> log) : PeriodicSweep(scopes, log)
{
    public static readonly TimeSpan AssistantIdle = TimeSpan.FromMinutes(30), PendingIdle = TimeSpan.FromDays(3);
    public const int Batch = 50;

    protected override TimeSpan Period => TimeSpan.FromMinutes(1);

    protected override void Report(int count) => log.LogInformation("Resolved {Count} idle support conversations", count);

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) =>
        Run(services.GetRequiredService<PlazaDb>(), services.GetRequiredService<AgentSeats>(), services.GetRequiredService<SupportNews>(),
            services.GetRequiredService<ServiceLevelReader>(), services.GetRequiredService<TimeProvider>(), ct);

    /// <returns>How many it resolved.</returns>
    public static async Task<int> Run(PlazaDb db, AgentSeats seats, SupportNews news, ServiceLevelReader levels, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var isIdle = Idle(now);
        var ids = await db.Set<Conversation>().AsNoTracking().Where(isIdle).OrderBy(c => c.LastMessageAtUtc).Select(c => c.Id).Take(Batch)
            .ToListAsync(ct);
        var stillIdle = isIdle.Compile();
        var resolved = 0;
        foreach (var id in ids)
        {
            try
            {
                // Read again: the shopper may have written since the list was made.
                if (await db.Set<Conversation>().FirstOrDefaultAsync(c => c.Id == id, ct) is not { } c || !stillIdle(c)) continue;
                await ChangeConversationStatus.Apply(c, ConversationStatus.Resolved, null, ResolvedBy.Idle, db, seats, news, levels, now, ct);
                resolved++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone wrote in the same moment: it is not idle any more.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        return resolved;
    }

    private static Expression<Func<Conversation, bool>> Idle(DateTime now)
    {
        var (assistantBefore, pendingBefore) = (now - AssistantIdle, now - PendingIdle);
        return c => (c.Status == ConversationStatus.Open && c.Handler == ConversationHandler.Assistant && c.LastMessageAtUtc < assistantBefore)
            || (c.Status == ConversationStatus.Pending && c.LastMessageAtUtc < pendingBefore);
    }
}
