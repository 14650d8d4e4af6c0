using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Leaders;

internal enum LeaderStatus { Pending, Approved, Rejected, Retired }

/// <summary>
/// A community group-buy leader (社区团购团长) of one store: a shopper who applied with a pickup point
/// (their home, their shop, a parcel station) and whom the store's staff approved. Approval creates the
/// pickup point at the store (Stores contract); shoppers who order through the leader collect there.
/// One application per shopper and store (unique index).
/// </summary>
internal sealed class Leader
{
    private Leader() { }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid AccountId { get; private set; }
    /// <summary>The pickup point's name as shoppers see it, e.g. "Mei's doorstep, Elm Court".</summary>
    public string PointName { get; private set; } = "";
    public PartnerPickupKind Kind { get; private set; }
    public string Address { get; private set; } = "";
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public LeaderStatus Status { get; private set; }
    public Guid? PickupPointId { get; private set; }
    public DateTime AppliedAtUtc { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public Guid? DecidedById { get; private set; }
    public DateTime? RetiredAtUtc { get; private set; }

    public static Leader Apply(Guid storeId, Guid accountId, string pointName, PartnerPickupKind kind, string address, double latitude, double longitude,
        DateTime now) =>
        new()
        {
            Id = Guid.CreateVersion7(), StoreId = storeId, AccountId = accountId, PointName = pointName.Trim(), Kind = kind, Address = address.Trim(),
            Latitude = latitude, Longitude = longitude, Status = LeaderStatus.Pending, AppliedAtUtc = now,
        };

    public void Approve(Guid pickupPointId, Guid staffId, DateTime now)
    {
        if (Status != LeaderStatus.Pending) throw new DomainException("already_decided", "This application has already been decided.");
        Status = LeaderStatus.Approved;
        PickupPointId = pickupPointId;
        DecidedById = staffId;
        DecidedAtUtc = now;
    }

    public void Reject(Guid staffId, DateTime now)
    {
        if (Status != LeaderStatus.Pending) throw new DomainException("already_decided", "This application has already been decided.");
        Status = LeaderStatus.Rejected;
        DecidedById = staffId;
        DecidedAtUtc = now;
    }

    /// <summary>
    /// The leader stops running their pickup point (moving away, say). Their page and link stop taking orders; what
    /// they earned stays theirs. The caller checks nothing is still waiting at the point and retires the point.
    /// </summary>
    public void StepDown(DateTime now)
    {
        if (Status != LeaderStatus.Approved) throw new DomainException("not_a_leader", "Only an approved leader can step down.");
        Status = LeaderStatus.Retired;
        RetiredAtUtc = now;
    }

    /// <summary>The person deleted their account: their address goes; the row stays for the orders' accounting.</summary>
    public void Erase()
    {
        PointName = "";
        Address = "";
        Latitude = 0;
        Longitude = 0;
        if (Status == LeaderStatus.Pending) Status = LeaderStatus.Rejected;
    }
}
