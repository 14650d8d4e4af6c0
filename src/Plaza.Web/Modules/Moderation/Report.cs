using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Moderation;

internal enum ReportReason { Spam, Abuse, Misleading, Other }

internal enum ReportStatus { Open, Closed }

/// <summary>
/// Someone signed in reports one piece of content (kind + id) with a reason and an optional note.
/// One report per reporter per item (a unique index decides races); a moderator's decision on the item
/// closes its open reports.
/// </summary>
internal sealed class Report
{
    public const int NoteMax = 500;

    private Report() { }

    public Guid Id { get; private set; }
    public string ContentKind { get; private set; } = "";
    public Guid ContentId { get; private set; }
    public Guid ReporterId { get; private set; }
    public ReportReason Reason { get; private set; }
    public string? Note { get; private set; }
    public ReportStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }

    public static Report File(string kind, Guid contentId, Guid reporterId, ReportReason reason, string? note, DateTime now)
    {
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > NoteMax }) throw new DomainException("invalid_note", "A note has at most 500 characters.");
        return new Report
        {
            Id = Guid.CreateVersion7(), ContentKind = kind, ContentId = contentId, ReporterId = reporterId,
            Reason = reason, Note = trimmed, Status = ReportStatus.Open, CreatedAtUtc = now,
        };
    }
}

/// <summary>
/// One moderator action, kept for good: who did what to which target, why, and when; for a decision on content, the
/// spam model version that judged its text (<see cref="SpamLabel"/>).
/// </summary>
internal sealed class ModerationAction
{
    public const int ReasonMax = 500;
    public const int ModelVersionMax = 40;

    private ModerationAction() { }

    public Guid Id { get; private set; }
    public Guid ModeratorId { get; private set; }
    public string Action { get; private set; } = "";
    public string TargetKind { get; private set; } = "";
    public Guid TargetId { get; private set; }
    public string? Reason { get; private set; }
    public DateTime AtUtc { get; private set; }
    /// <summary>Whose account or content it was about (the author of a removed item), for their history and trust level.</summary>
    public Guid? SubjectAccountId { get; private set; }
    /// <summary>The spam model version that judged the content's text when the moderator decided; null for actions on accounts.</summary>
    public string? ModelVersion { get; private set; }

    public static ModerationAction Record(Guid moderatorId, string action, string targetKind, Guid targetId, string? reason, DateTime now,
        Guid? subjectAccountId = null, string? modelVersion = null) => new()
    {
        Id = Guid.CreateVersion7(), ModeratorId = moderatorId, Action = action, TargetKind = targetKind, TargetId = targetId, Reason = reason, AtUtc = now,
        SubjectAccountId = subjectAccountId ?? (targetKind == ModerationActions.AccountTarget ? targetId : null), ModelVersion = modelVersion,
    };
}

internal static class ModerationActions
{
    public const string Approve = "approve", Remove = "remove", Warn = "warn", Suspend = "suspend", Unsuspend = "unsuspend", LockTrust = "lock_trust";
    public const string AccountTarget = "account";
}
