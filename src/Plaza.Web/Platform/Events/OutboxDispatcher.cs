using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Platform.Events;

internal sealed class EventOptions
{
    public bool AutoDispatch { get; set; } = true;
    public int PollMilliseconds { get; set; } = 1000;
}

/// <summary>
/// Delivers outbox messages to their handlers after commit. Several nodes may run it: a node claims a
/// message with one conditional UPDATE before handling it, and a claim expires if the node dies, so a
/// message is handled at least once (handlers are idempotent) and normally exactly once.
/// </summary>
internal sealed class OutboxDispatcher(IServiceScopeFactory scopes, TimeProvider clock, IOptions<EventOptions> options,
    ILogger<OutboxDispatcher> log) : BackgroundService
{
    public static readonly TimeSpan ClaimFor = TimeSpan.FromSeconds(30);
    public const int MaxAttempts = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.AutoDispatch) return;
        var period = TimeSpan.FromMilliseconds(Math.Max(50, options.Value.PollMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Outbox dispatch failed; will retry");
            }
            await Task.Delay(period, clock, stoppingToken);
        }
    }

    /// <returns>How many messages were handled.</returns>
    public async Task<int> DispatchPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.ProcessedAtUtc == null && m.Attempts < MaxAttempts && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.OccurredAtUtc).ThenBy(m => m.Id).Take(100).ToListAsync(ct);
        var handled = 0;
        foreach (var message in due)
        {
            var until = clock.GetUtcNow().UtcDateTime + ClaimFor;
            var claimed = await db.Set<OutboxMessage>()
                .Where(m => m.Id == message.Id && m.ProcessedAtUtc == null && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntilUtc, until).SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
            if (claimed == 0) continue; // another node took it

            string? error = null;
            try
            {
                await HandleAsync(message, ct);
                handled++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error = e.GetType().Name + ": " + e.Message;
                log.LogWarning(e, "Handling {Type} {Id} failed (attempt {Attempt})", message.Type, message.Id, message.Attempts + 1);
            }
            var done = error is null ? clock.GetUtcNow().UtcDateTime : (DateTime?)null;
            var lastError = error is { Length: > 1000 } ? error[..1000] : error;
            await db.Set<OutboxMessage>().Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAtUtc, done).SetProperty(m => m.LastError, lastError)
                    .SetProperty(m => m.ClaimedUntilUtc, error is null ? until : clock.GetUtcNow().UtcDateTime + Backoff(message.Attempts + 1)), ct);
        }
        return handled;
    }

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, attempts)));

    private async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var type = EventTypes.Find(message.Type) ?? throw new InvalidOperationException($"Unknown event type '{message.Type}'.");
        var domainEvent = JsonSerializer.Deserialize(message.Payload, type, JsonSerializerOptions.Web)!;
        var handlerType = typeof(IEventHandler<>).MakeGenericType(type);
        // Each handler gets a scope (and DbContext) of its own: one handler's failure cannot leave
        // half-saved state in another's.
        await using var scope = scopes.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices(handlerType))
            await (Task)handlerType.GetMethod(nameof(IEventHandler<IDomainEvent>.Handle))!.Invoke(handler, [domainEvent, message.Id, ct])!;
    }
}
