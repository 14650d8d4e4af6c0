using System.Text.Json.Serialization;

namespace Plaza.Web.Modules.Support.ServiceLevels;

/// <summary>Where one target of a conversation's cycle stands.</summary>
internal enum TargetState
{
    /// <summary>The cycle never reached the store's people (the assistant answered), or it ended with no reply needed in time.</summary>
    NotApplicable,
    Running,
    /// <summary>Waiting for the customer: the clock stands still.</summary>
    Paused,
    Met,
    Missed,
}

/// <param name="Used">Opening-hours time counted so far (or until the target was met).</param>
/// <param name="DueAtUtc">While running: when it will be missed if nothing happens (the store's hours taken into account).</param>
internal sealed record TargetStatus(TargetState State, [property: JsonIgnore] TimeSpan Target, [property: JsonIgnore] TimeSpan Used,
    DateTime? DueAtUtc)
{
    public int TargetMinutes => (int)Target.TotalMinutes;
    public int UsedSeconds => (int)Math.Round(Used.TotalSeconds);
    public bool? Met => State switch { TargetState.Met => true, TargetState.Missed => false, _ => null };
}

/// <summary>A cycle's two targets: a person's first reply, and resolution.</summary>
internal sealed record ServiceLevel(TargetStatus FirstResponse, TargetStatus Resolution)
{
    /// <summary>Both targets that applied were met; false as soon as one is missed; null while undecided or not applicable.</summary>
    public bool? Met => FirstResponse.Met == false || Resolution.Met == false ? false
        : Resolution.State == TargetState.Met && FirstResponse.State is TargetState.Met or TargetState.NotApplicable ? true
        : null;
}

/// <summary>
/// Measures a conversation's current cycle against the store's targets. Both clocks count only the store's opening hours and
/// stop while the conversation is pending (waiting for the customer, read from its status history). The first-response clock
/// starts when the conversation reached the store's people in this cycle; the resolution clock when the cycle began. Cycles the
/// assistant kept to itself have no targets: it answered at once.
/// </summary>
internal static class ServiceClock
{
    public static ServiceLevel Measure(Conversation c, IEnumerable<ConversationStatusChange> history, OpeningHours hours, ServiceTargets targets,
        DateTime now)
    {
        if (c.HandedOverAtUtc is not { } handedOver)
            return new(NotApplicable(targets.FirstResponse), NotApplicable(targets.Resolution));
        var pauses = Pauses(c.CycleStartedAtUtc, history, now, out var pausedNow);
        TimeSpan Counted(DateTime from, DateTime to) =>
            hours.Within(from, to)
            - pauses.Aggregate(TimeSpan.Zero, (sum, p) => sum + hours.Within(OpeningHours.Max(p.From, from), OpeningHours.Min(p.To, to)));

        var resolved = c.Status == ConversationStatus.Resolved ? c.ResolvedAtUtc : null;
        var frStart = OpeningHours.Max(handedOver, c.CycleStartedAtUtc);
        var firstResponse = c.FirstResponseAtUtc is { } replied
            ? Decided(targets.FirstResponse, Counted(frStart, replied))
            : resolved is { } r1 ? Unanswered(targets.FirstResponse, Counted(frStart, r1))
            : Open(targets.FirstResponse, Counted(frStart, now), pausedNow, hours, now);
        var resolution = resolved is { } r2
            ? Decided(targets.Resolution, Counted(c.CycleStartedAtUtc, r2))
            : Open(targets.Resolution, Counted(c.CycleStartedAtUtc, now), pausedNow, hours, now);
        return new(firstResponse, resolution);
    }

    /// <summary>The stretches of the cycle spent pending; one still going runs to <paramref name="now"/>.</summary>
    public static IReadOnlyList<(DateTime From, DateTime To)> Pauses(DateTime cycleStart, IEnumerable<ConversationStatusChange> history,
        DateTime now, out bool pausedNow)
    {
        List<(DateTime, DateTime)> pauses = [];
        DateTime? since = null;
        foreach (var change in history.Where(h => h.AtUtc >= cycleStart).OrderBy(h => h.AtUtc))
        {
            if (change.To == ConversationStatus.Pending) since ??= change.AtUtc;
            else if (since is { } s)
            {
                pauses.Add((s, change.AtUtc));
                since = null;
            }
        }
        pausedNow = since is not null;
        if (since is { } open) pauses.Add((open, now));
        return pauses;
    }

    private static TargetStatus NotApplicable(TimeSpan target) => new(TargetState.NotApplicable, target, TimeSpan.Zero, null);

    private static TargetStatus Decided(TimeSpan target, TimeSpan used) =>
        new(used <= target ? TargetState.Met : TargetState.Missed, target, used, null);

    /// <summary>Resolved before anyone replied: missed if the reply was already late, else nothing to judge.</summary>
    private static TargetStatus Unanswered(TimeSpan target, TimeSpan used) =>
        new(used > target ? TargetState.Missed : TargetState.NotApplicable, target, used, null);

    private static TargetStatus Open(TimeSpan target, TimeSpan used, bool paused, OpeningHours hours, DateTime now) =>
        used > target ? new(TargetState.Missed, target, used, null)
        : paused ? new(TargetState.Paused, target, used, null)
        : new(TargetState.Running, target, used, hours.After(now, target - used));
}
