using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.GroupBuying;

internal enum TeamStatus { Open, Complete, Failed }

/// <summary>
/// A team: opened by a shopper's order (seat 1) and joined by others' orders until <see cref="Size"/> seats are
/// taken. Counters change only with conditional UPDATEs (see <see cref="GroupBuyPriceRule"/> and
/// <see cref="TeamSeats"/>): <see cref="Members"/> counts seats held by an order (paid or not yet paid),
/// <see cref="PaidMembers"/> those whose order is paid. The team is complete when every seat is paid before
/// <see cref="ExpiresAtUtc"/>; it fails when time runs out first (every member refunded) or when nobody is left.
/// </summary>
internal sealed class GroupBuyTeam
{
    private GroupBuyTeam() { }

    public Guid Id { get; private set; }
    public Guid DealId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid SkuId { get; private set; }
    public Guid LeaderId { get; private set; }
    public int Size { get; private set; }
    public int Members { get; private set; }
    public int PaidMembers { get; private set; }
    public TeamStatus Status { get; private set; }
    public DateTime OpenedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }

    public int SpotsLeft => Math.Max(0, Size - Members);

    /// <summary>Whether a new member could take a seat now (the database decides for real, in one UPDATE).</summary>
    public bool IsJoinable(DateTime now) => Status == TeamStatus.Open && ExpiresAtUtc > now && Members < Size;

    /// <summary>The opener takes seat 1; the team has the deal's time limit to fill.</summary>
    public static GroupBuyTeam Open(GroupBuyDeal deal, Guid leaderId, DateTime now)
    {
        if (!deal.IsActive(now)) throw new DomainException("deal_ended", "This group buy is not running.");
        return new GroupBuyTeam
        {
            Id = Guid.CreateVersion7(), DealId = deal.Id, StoreId = deal.StoreId, SkuId = deal.SkuId, LeaderId = leaderId,
            Size = deal.TeamSize, Members = 1, PaidMembers = 0, Status = TeamStatus.Open, OpenedAtUtc = now, ExpiresAtUtc = now + deal.TimeLimit,
        };
    }
}
