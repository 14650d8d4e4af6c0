using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Moderation.Contracts;

/// <summary>What is limited per person: each counts the person's own recent rows of that kind.</summary>
internal enum PostingKind { Note, Comment, Review, Report }

/// <summary>
/// Per-person limits, stricter for new accounts (trust level 0) and looser as trust grows. Counted from the
/// database (the author's rows created in the last hour), never from one node's memory, so every app node
/// agrees. Two posts in the very same instant may both pass; the next one is refused.
/// </summary>
internal static class PostingLimits
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>How many per hour, by trust level 0..3.</summary>
    private static readonly Dictionary<PostingKind, int[]> PerHour = new()
    {
        [PostingKind.Note] = [3, 10, 30, 60],
        [PostingKind.Comment] = [10, 30, 100, 200],
        [PostingKind.Review] = [5, 15, 50, 100],
        [PostingKind.Report] = [5, 20, 50, 100],
    };

    public static int PerHourFor(PostingKind kind, int trustLevel) => PerHour[kind][Math.Clamp(trustLevel, 0, 3)];

    /// <summary>null when one more is allowed; otherwise how long until the oldest counted one leaves the window.</summary>
    /// <param name="recent">Creation times of this person's rows in the window, newest first, at most the limit.</param>
    public static TimeSpan? RetryAfter(PostingKind kind, int trustLevel, IReadOnlyList<DateTime> recent, DateTime now)
    {
        var limit = PerHourFor(kind, trustLevel);
        var inWindow = recent.Where(t => t > now - Window).OrderByDescending(t => t).Take(limit).ToList();
        return inWindow.Count < limit ? null : inWindow[^1] + Window - now;
    }

    /// <param name="createdByAuthor">The creation times of this person's rows of this kind, e.g. <c>db.Set&lt;Note&gt;().Where(n =&gt; n.AuthorAccountId ==
    /// me).Select(n =&gt; n.CreatedAtUtc)</c>.</param>
    /// <exception cref="RateLimitedException">Over the limit.</exception>
    public static async Task Ensure(PostingKind kind, int trustLevel, IQueryable<DateTime> createdByAuthor, DateTime now, CancellationToken ct)
    {
        var since = now - Window;
        var recent = await createdByAuthor.Where(t => t > since).OrderByDescending(t => t).Take(PerHourFor(kind, trustLevel)).ToListAsync(ct);
        if (RetryAfter(kind, trustLevel, recent, now) is { } wait) throw new RateLimitedException(wait);
    }
}
