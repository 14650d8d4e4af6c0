using Plaza.Web.Modules.Ordering;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Ordering;

public sealed class CartTests
{
    private static readonly DateTime Now = OrderBuilder.Now;

    [Fact]
    public void Setting_a_quantity_to_zero_removes_the_line()
    {
        var cart = Cart.ForAccount(Guid.NewGuid(), Guid.NewGuid(), Now);
        var sku = Guid.NewGuid();
        cart.SetQuantity(sku, 3, Now);

        cart.SetQuantity(sku, 0, Now);

        cart.Lines.ShouldBeEmpty();
    }

    [Fact]
    public void Adding_again_adds_up_but_never_past_the_maximum()
    {
        var cart = Cart.ForAccount(Guid.NewGuid(), Guid.NewGuid(), Now);
        var sku = Guid.NewGuid();

        cart.Add(sku, 60, Now);
        cart.Add(sku, 60, Now);

        cart.Lines.Single().Quantity.ShouldBe(Cart.MaxQuantity);
    }

    [Fact]
    public void A_quantity_out_of_range_is_refused()
    {
        var cart = Cart.ForAccount(Guid.NewGuid(), Guid.NewGuid(), Now);

        Should.Throw<DomainException>(() => cart.SetQuantity(Guid.NewGuid(), -1, Now)).Code.ShouldBe("invalid_quantity");
        Should.Throw<DomainException>(() => cart.SetQuantity(Guid.NewGuid(), 100, Now)).Code.ShouldBe("invalid_quantity");
    }

    [Fact]
    public void A_visitor_cart_merges_into_the_account_cart_after_sign_in()
    {
        var store = Guid.NewGuid();
        var (shared, onlyVisitor) = (Guid.NewGuid(), Guid.NewGuid());
        var account = Cart.ForAccount(store, Guid.NewGuid(), Now);
        account.SetQuantity(shared, 2, Now);
        var visitor = Cart.ForVisitor(store, "token", Now);
        visitor.SetQuantity(shared, 1, Now);
        visitor.SetQuantity(onlyVisitor, 4, Now);

        account.MergeFrom(visitor, Now);

        account.Lines.Single(l => l.SkuId == shared).Quantity.ShouldBe(3);
        account.Lines.Single(l => l.SkuId == onlyVisitor).Quantity.ShouldBe(4);
    }

    [Fact]
    public void A_cart_holds_at_most_fifty_different_items()
    {
        var cart = Cart.ForAccount(Guid.NewGuid(), Guid.NewGuid(), Now);
        for (var i = 0; i < Cart.MaxLines; i++) cart.SetQuantity(Guid.NewGuid(), 1, Now);

        Should.Throw<DomainException>(() => cart.SetQuantity(Guid.NewGuid(), 1, Now)).Code.ShouldBe("cart_full");
    }
}
