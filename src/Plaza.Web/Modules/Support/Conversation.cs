using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Support;

/// <summary>Where a conversation stands: open (someone should act), pending (waiting for the customer), snoozed, resolved.</summary>
internal enum ConversationStatus { Open, Pending, Snoozed, Resolved }

/// <summary>Who answers the customer now: the assistant, or a person at the store (the assistant is then silent).</summary>
internal enum ConversationHandler { Assistant, Person }

/// <summary>Why the assistant handed a conversation to a person.</summary>
internal enum HandoverReason { Asked, NotUnderstood, FailedTwice, PersonReplied, TakenByPerson }

/// <summary>
/// A shopper's conversation with one store, about an order or a product or nothing in particular. One owner at a time:
/// the assistant until it hands over (or a person replies), then the store's people. Each time it is opened again after
/// being resolved a new cycle starts, with its own response timers (<see cref="CycleStartedAtUtc"/>).
/// </summary>
internal sealed class Conversation : IHasDomainEvents
{
    public const int MaxFailedAnswers = 2;

    private readonly List<IDomainEvent> _events = [];

    private Conversation() { }

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid CustomerId { get; private set; }
    /// <summary>The order or product the shopper opened it from, shown as a card.</summary>
    public Guid? OrderId { get; private set; }
    public Guid? ProductId { get; private set; }
    public ConversationStatus Status { get; private set; }
    public ConversationHandler Handler { get; private set; }
    public Guid? AssigneeId { get; private set; }
    /// <summary>The culture the assistant answers in ("en", "es", "zh-Hans"): the shopper's page language, then their messages'.</summary>
    public string Culture { get; private set; } = "en";
    /// <summary>Answers the records could not give in this cycle: the second hands over.</summary>
    public int FailedAnswers { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime LastMessageAtUtc { get; private set; }
    public DateTime CycleStartedAtUtc { get; private set; }
    /// <summary>When the conversation went to the store's people in this cycle (null while the assistant has it).</summary>
    public DateTime? HandedOverAtUtc { get; private set; }
    public HandoverReason? HandoverReason { get; private set; }
    /// <summary>A person's first reply in this cycle: what the first-response target measures.</summary>
    public DateTime? FirstResponseAtUtc { get; private set; }
    public DateTime? ResolvedAtUtc { get; private set; }
    public DateTime? SnoozedUntilUtc { get; private set; }
    /// <summary>The customer's page beat within the last 30 s: they see replies as they come, so no notification.</summary>
    public DateTime? CustomerSeenAtUtc { get; private set; }
    public DateTime? CustomerReadAtUtc { get; private set; }
    public DateTime? AgentReadAtUtc { get; private set; }
    public int? Rating { get; private set; }
    public string? RatingComment { get; private set; }
    /// <summary>How many messages it holds: the next one's <see cref="SupportMessage.Seq"/>.</summary>
    public int MessageCount { get; private set; }
    /// <summary>Concurrency token: two agents taking it, or a reply racing a resolve, cannot both land.</summary>
    public int Version { get; private set; }

    public bool WithPerson => Handler == ConversationHandler.Person;

    public static Conversation Open(Guid storeId, Guid customerId, Guid? orderId, Guid? productId, string culture, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), StoreId = storeId, CustomerId = customerId, OrderId = orderId, ProductId = productId,
        Status = ConversationStatus.Open, Handler = ConversationHandler.Assistant, Culture = culture, CreatedAtUtc = now, LastMessageAtUtc = now,
        CycleStartedAtUtc = now,
    };

    /// <summary>The customer wrote. A resolved conversation opens again with new timers; pending or snoozed ones open.</summary>
    public StatusChange? CustomerWrote(DateTime now)
    {
        LastMessageAtUtc = now;
        CustomerSeenAtUtc = now;
        CustomerReadAtUtc = now;
        Version++;
        if (Status == ConversationStatus.Open) return null;
        var from = Status;
        if (Status == ConversationStatus.Resolved)
        {
            CycleStartedAtUtc = now;
            FirstResponseAtUtc = null;
            FailedAnswers = 0;
            ResolvedAtUtc = null;
            // A person had it: the new cycle waits for a person again, from now.
            if (WithPerson) HandedOverAtUtc = now;
        }
        Status = ConversationStatus.Open;
        SnoozedUntilUtc = null;
        return new StatusChange(from, Status);
    }

    public void AssistantAnswered(bool answered, DateTime now)
    {
        LastMessageAtUtc = now;
        if (!answered) FailedAnswers++;
        Version++;
    }

    /// <returns>False when a person already has it.</returns>
    public bool HandOver(HandoverReason reason, DateTime now)
    {
        if (WithPerson) return false;
        Handler = ConversationHandler.Person;
        HandedOverAtUtc = now;
        HandoverReason = reason;
        Version++;
        return true;
    }

    /// <summary>A person at the store replied: from now on they own it and the assistant is silent.</summary>
    /// <returns>Whether this was the first reply by a person in this cycle (the shopper is told someone joined).</returns>
    public bool PersonReplied(Guid agentId, DateTime now)
    {
        if (!WithPerson) HandOver(Support.HandoverReason.PersonReplied, now);
        var first = FirstResponseAtUtc is null;
        FirstResponseAtUtc ??= now;
        LastMessageAtUtc = now;
        AgentReadAtUtc = now;
        Version++;
        return first;
    }

    /// <summary>A person's reply the shopper will see: they are told if they are not on the page.</summary>
    public void Replied(Guid messageId, DateTime now) => _events.Add(new SupportReplied(Id, StoreId, CustomerId, messageId, now));

    /// <summary>Gives it to an agent (or takes it back to nobody). The caller keeps the agents' open counts.</summary>
    /// <returns>The agent who had it before.</returns>
    public Guid? AssignTo(Guid? agentId)
    {
        var before = AssigneeId;
        AssigneeId = agentId;
        Version++;
        return before;
    }

    public StatusChange? Move(ConversationStatus to, DateTime now, DateTime? snoozeUntilUtc = null)
    {
        if (to == ConversationStatus.Snoozed && (snoozeUntilUtc is not { } until || until <= now))
            throw new DomainException("invalid_snooze", "Snooze until a time in the future.");
        if (Status == to && to != ConversationStatus.Snoozed) return null;
        var from = Status;
        Status = to;
        SnoozedUntilUtc = to == ConversationStatus.Snoozed ? snoozeUntilUtc : null;
        if (to == ConversationStatus.Resolved) ResolvedAtUtc = now;
        if (from == ConversationStatus.Resolved && to != ConversationStatus.Resolved)
        {
            ResolvedAtUtc = null;
            CycleStartedAtUtc = now;
            FirstResponseAtUtc = null;
        }
        Version++;
        return new StatusChange(from, to);
    }

    public void Rate(int stars, string? comment)
    {
        if (Status != ConversationStatus.Resolved)
            throw new DomainException("not_resolved", "You can rate a conversation once it is resolved.");
        Rating = stars;
        RatingComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Version++;
    }

    public void CustomerSeen(DateTime now, bool read)
    {
        CustomerSeenAtUtc = now;
        if (read) CustomerReadAtUtc = now;
    }

    public void AgentRead(DateTime now) => AgentReadAtUtc = now;

    public void SpeakIn(string culture) => Culture = culture;

    /// <summary>Numbers new messages in the order given. Every path that adds messages changes the conversation, whose
    /// concurrency token then keeps two writers from taking the same numbers.</summary>
    public IReadOnlyList<SupportMessage> Number(IReadOnlyList<SupportMessage> messages)
    {
        foreach (var m in messages) m.Place(++MessageCount);
        if (messages.Count > 0) Version++;
        return messages;
    }
}

/// <summary>A person at the store replied to the shopper (not an internal note).</summary>
internal sealed record SupportReplied(Guid ConversationId, Guid StoreId, Guid CustomerId, Guid MessageId, DateTime AtUtc) : IDomainEvent;

/// <summary>A status change, recorded in <see cref="ConversationStatusChange"/> so service levels can be counted later.</summary>
internal sealed record StatusChange(ConversationStatus From, ConversationStatus To);

/// <summary>One status change of a conversation, with when: the history service levels are counted from.</summary>
internal sealed class ConversationStatusChange
{
    private ConversationStatusChange() { }

    public Guid Id { get; private set; }
    public Guid ConversationId { get; private set; }
    public ConversationStatus From { get; private set; }
    public ConversationStatus To { get; private set; }
    public DateTime AtUtc { get; private set; }

    public static ConversationStatusChange Of(Guid conversationId, StatusChange change, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), ConversationId = conversationId, From = change.From, To = change.To, AtUtc = now };
}
