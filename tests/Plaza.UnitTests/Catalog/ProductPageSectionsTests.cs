using Microsoft.Extensions.DependencyInjection;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Catalog.Pages;

namespace Plaza.UnitTests.Catalog;

/// <summary>Other modules add sections to the product page; the page shows each in its slot, in order.</summary>
public sealed class ProductPageSectionsTests
{
    private static readonly ProductPageSection Team = new("GroupBuyOffers", 10, ProductPageSlot.BelowBuying);
    private static readonly ProductPageSection Bargain = new("BargainOffers", 20, ProductPageSlot.BelowBuying);
    private static readonly ProductPageSection Reviews = new("ProductReviews", 10, ProductPageSlot.BelowProduct);

    [Fact]
    public void Each_section_stands_in_its_slot_in_its_order_whatever_order_the_modules_added_them_in()
    {
        var page = new ProductPageModel(null!, null!, [Bargain, Reviews, Team]);

        page.Sections(ProductPageSlot.BelowBuying).ShouldBe([Team, Bargain]);
        page.Sections(ProductPageSlot.BelowProduct).ShouldBe([Reviews]);
        page.Sections(ProductPageSlot.AboveBuying).ShouldBeEmpty();
    }

    [Fact]
    public void The_same_section_added_twice_is_refused_at_start_up()
    {
        var services = new ServiceCollection().AddProductPageSection(Team);

        Should.Throw<InvalidOperationException>(() => services.AddProductPageSection(Team with { Order = 30 }));
    }
}
