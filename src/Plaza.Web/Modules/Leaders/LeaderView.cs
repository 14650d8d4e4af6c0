using Plaza.Web.Modules.Stores.Contracts;

namespace Plaza.Web.Modules.Leaders;

/// <summary>A leader (or an application to be one) as the API shows it.</summary>
internal sealed record LeaderView(Guid Id, Guid StoreId, Guid AccountId, string PointName, PartnerPickupKind Kind, string Address, LeaderStatus Status,
    Guid? PickupPointId, DateTime AppliedAtUtc, DateTime? DecidedAtUtc)
{
    public static LeaderView From(Leader l) =>
        new(l.Id, l.StoreId, l.AccountId, l.PointName, l.Kind, l.Address, l.Status, l.PickupPointId, l.AppliedAtUtc, l.DecidedAtUtc);
}
