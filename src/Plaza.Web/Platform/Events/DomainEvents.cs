namespace Plaza.Web.Platform.Events;

/// <summary>Something that happened in a module that other modules may react to.</summary>
internal interface IDomainEvent;

/// <summary>An aggregate that records events while it changes; they are written to the outbox when it is saved.</summary>
internal interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }
    void ClearDomainEvents();
}

/// <summary>
/// Reacts to one kind of event after the transaction that raised it has committed. Delivery is at
/// least once: a handler must be safe to run twice for the same event (use its <c>eventId</c>).
/// </summary>
internal interface IEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task Handle(TEvent domainEvent, Guid eventId, CancellationToken ct);
}
