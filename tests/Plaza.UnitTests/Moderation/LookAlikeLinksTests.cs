using Plaza.Web.Modules.Moderation;
using Plaza.Web.Modules.Moderation.Contracts;

namespace Plaza.UnitTests.Moderation;

public sealed class LookAlikeLinksTests
{
    private static List<string> Codes(string text, PlatformHosts? hosts = null) =>
        new ContentRules(hosts: hosts).Check(new ContentSubmission(Guid.CreateVersion7(), 2, ContentKind.Comment, PlainText: text)).Refusals.Select(r =>
            r.Code).ToList();

    [Theory]
    [InlineData("Your account will be suspended, verify at p1aza.com/login")]
    [InlineData("Verify at https://pIaza.shop/secure")]
    [InlineData("Refunds at plаza.shop (with a Cyrillic a)")]
    [InlineData("Your refund is ready at plaza-refunds.help")]
    [InlineData("Help desk: https://plaza-support.xyz")]
    [InlineData("Win an iPad at plaza.example.vip-gifts.xyz")]
    [InlineData("到p1aza-kefu.com验证身份")]
    [InlineData("Pay the fee at paypa1-billing.com")]
    [InlineData("Gift card at amazom.com")]
    [InlineData("Redelivery fee: dpd-redelivery.top")]
    [InlineData("Regalo en www.pl4za-regalos.com")]
    public void A_link_imitating_the_platform_or_a_brand_is_refused(string text)
    {
        Codes(text).ShouldBe([ContentReasons.LookAlikeLink]);
    }

    [Theory]
    [InlineData("Store page: https://plaza.example/stores/corner-co")]
    [InlineData("Photos at shop.plaza.example/notes/1")]
    [InlineData("Try plazamayor.es for the market's hours")]
    [InlineData("The festival is on la-plaza-del-pueblo.es")]
    [InlineData("Cheaper on amazon.co.uk and amazon.it")]
    [InlineData("I paid them back on paypal.com")]
    [InlineData("Recipe on bbcgoodfood.com")]
    public void The_platforms_own_links_real_brand_domains_and_ordinary_sites_pass(string text)
    {
        Codes(text).ShouldBeEmpty();
    }

    [Fact]
    public void The_configured_host_and_the_request_host_are_the_platform_and_names_to_imitate()
    {
        var hosts = new PlatformHosts(["plazamarket.co.uk"], () => "corner-market.shop");

        Codes("Open https://www.plazamarket.co.uk/s/abc or corner-market.shop/notes/2", hosts).ShouldBeEmpty();
        Codes("Verify at p1azamarket.com", hosts).ShouldBe([ContentReasons.LookAlikeLink]);
        Codes("Verify at corner-market-help.com", hosts).ShouldBe([ContentReasons.LookAlikeLink]);
    }

    [Theory]
    [InlineData("amazom", "amazon", true)]
    [InlineData("paypall", "paypal", true)]
    [InlineData("paypla", "paypal", true)]
    [InlineData("amazon", "amazon", false)]
    [InlineData("amazing", "amazon", false)]
    public void One_edit_apart_is_one_insertion_deletion_substitution_or_swap(string a, string b, bool expected)
    {
        LookAlikeLinks.OneEditApart(a, b).ShouldBe(expected);
    }
}
