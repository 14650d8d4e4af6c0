using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Social;

/// <summary>
/// One account following one person or one store. There is at most one row per follower and target
/// (the primary key), and nobody follows themselves.
/// </summary>
internal sealed class Follow
{
    private Follow() { }

    public Guid FollowerId { get; private set; }
    public FollowTargetKind TargetKind { get; private set; }
    public Guid TargetId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public static Follow Start(Guid followerId, FollowTargetKind kind, Guid targetId, DateTime now)
    {
        if (kind == FollowTargetKind.Person && followerId == targetId)
            throw new DomainException("cannot_follow_yourself", "You cannot follow yourself.");
        return new Follow { FollowerId = followerId, TargetKind = kind, TargetId = targetId, CreatedAtUtc = now };
    }
}

/// <summary>
/// The follow counts of one person (followers and following) or one store (followers only). They move
/// only by one conditional UPDATE in the same transaction as the follow row (<see cref="FollowCounter"/>),
/// never by reading them and writing them back; the row appears the first time it is needed.
/// </summary>
internal sealed class FollowCounts
{
    private FollowCounts() { }

    public FollowTargetKind SubjectKind { get; private set; }
    public Guid SubjectId { get; private set; }
    public int Followers { get; private set; }
    public int Following { get; private set; }

    public static FollowCounts Empty(FollowTargetKind kind, Guid id) => new() { SubjectKind = kind, SubjectId = id };
}
