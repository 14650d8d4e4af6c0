namespace Plaza.Web.Modules.GroupBuying;

/// <summary>
/// One row per shopper and deal, bumped at the start of every team order the shopper places in the deal. Its
/// row lock (held until the order commits) makes a shopper's orders in one deal take turns, so the per-shopper
/// limit, counted from their live seats, holds even when they order in several tabs at once.
/// </summary>
internal sealed class ShopperDealClaims
{
    private ShopperDealClaims() { }

    public Guid DealId { get; private set; }
    public Guid CustomerId { get; private set; }
    public int Claims { get; private set; }
}
