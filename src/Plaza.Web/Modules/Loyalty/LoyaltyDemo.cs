using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>A little points history for the demo shopper: a Silver member with check-ins, an order, a review, an invitation and a redemption.</summary>
internal static class LoyaltyDemo
{
    public static void Seed(PlazaDb db, Guid accountId, DateTime now, TimeSpan expiry)
    {
        var history = new (int DaysAgo, PointsKind Kind, long Amount, long Growth, string Source)[]
        {
            (40, PointsKind.EarnedOrder, 600, 600, "demo:order-1"),
            (30, PointsKind.ReviewPhotos, 20, 5, "demo:review-1"),
            (20, PointsKind.Invitation, 100, 0, "demo:invitee-1"),
            (10, PointsKind.Redeemed, -150, 0, "demo:order-2"),
            (3, PointsKind.CheckIn, 5, 1, "demo:day-3"),
            (2, PointsKind.CheckIn, 5, 1, "demo:day-2"),
            (1, PointsKind.CheckIn, 5, 1, "demo:day-1"),
        };
        var entries = history.Select(h =>
        {
            var at = now.AddDays(-h.DaysAgo);
            return PointsEntry.Create(accountId, h.Kind, h.Amount, h.Growth, h.Source, null, at, at + expiry);
        }).ToList();
        db.Add(PointsAccount.WithHistory(accountId, entries, now.AddDays(-40)));
        db.AddRange(entries);
    }
}
