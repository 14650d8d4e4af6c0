using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Plaza.Web.Platform.Events;

/// <summary>
/// When a change is saved, the events its aggregates raised are saved with it, as outbox rows in the
/// same transaction: a change is never committed without its events, nor an event without its change.
/// </summary>
internal sealed class OutboxInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken ct = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var raisers = context.ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var raiser in raisers)
        {
            foreach (var domainEvent in raiser.DomainEvents)
                context.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(),
                    Type = EventTypes.NameOf(domainEvent.GetType()),
                    Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), JsonSerializerOptions.Web),
                    OccurredAtUtc = now,
                });
            raiser.ClearDomainEvents();
        }
    }
}
