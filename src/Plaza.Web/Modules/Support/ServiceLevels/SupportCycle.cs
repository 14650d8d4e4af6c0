namespace Plaza.Web.Modules.Support.ServiceLevels;

/// <summary>Who closed a cycle.</summary>
internal enum ResolvedBy { Agent, Customer, Idle }

/// <summary>
/// One finished cycle of a conversation (from its opening, or its reopening, to its resolution), kept as it ended: who answered
/// it, how long the first reply and the resolution took in opening hours, whether each target was met, and the customer's
/// rating. The dashboard is counted from these; a conversation still open has no cycle here yet.
/// </summary>
internal sealed class SupportCycle
{
    private SupportCycle() { }

    public Guid Id { get; private set; }
    public Guid ConversationId { get; private set; }
    public Guid StoreId { get; private set; }
    public DateTime StartedAtUtc { get; private set; }
    public DateTime ResolvedAtUtc { get; private set; }
    public ResolvedBy ResolvedBy { get; private set; }
    /// <summary>The assistant alone, or the store's people (it reached them in this cycle).</summary>
    public ConversationHandler AnsweredBy { get; private set; }
    public int? FirstResponseSeconds { get; private set; }
    public bool? FirstResponseMet { get; private set; }
    public int? ResolutionSeconds { get; private set; }
    public bool? ResolutionMet { get; private set; }
    public int? Rating { get; private set; }

    public static SupportCycle Close(Conversation c, ServiceLevel level, ResolvedBy by, DateTime now)
    {
        var people = c.HandedOverAtUtc is not null;
        return new()
        {
            Id = Guid.CreateVersion7(), ConversationId = c.Id, StoreId = c.StoreId, StartedAtUtc = c.CycleStartedAtUtc, ResolvedAtUtc = now,
            ResolvedBy = by, AnsweredBy = people ? ConversationHandler.Person : ConversationHandler.Assistant,
            FirstResponseSeconds = c.FirstResponseAtUtc is not null && people ? Seconds(level.FirstResponse.Used) : null,
            FirstResponseMet = level.FirstResponse.Met,
            ResolutionSeconds = people ? Seconds(level.Resolution.Used) : null,
            ResolutionMet = level.Resolution.Met,
        };
    }

    public void Rate(int stars) => Rating = stars;

    private static int Seconds(TimeSpan t) => (int)Math.Round(t.TotalSeconds);
}
