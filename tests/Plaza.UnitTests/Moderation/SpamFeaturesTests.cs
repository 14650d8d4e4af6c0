using Plaza.Web.Modules.Moderation;

namespace Plaza.UnitTests.Moderation;

public sealed class SpamFeaturesTests
{
    private static SpamText Prepare(string text, PlatformHosts? hosts = null) => SpamFeatures.Prepare(text, hosts ?? PlatformHosts.Default);

    [Theory]
    [InlineData("Lovely sourdough, £3.20 a loaf. Ring the shop on 020 7946 0311 to keep one aside.",
        "Lovely sourdough, a loaf. Ring the shop on to keep one aside.")]
    [InlineData("Here is our store page https://plaza.example/stores/corner-co with this week's offers", "Here is our store page with this week's offers")]
    [InlineData("Join the group buy /group-buys/77b1e0 at 2,50 € each or call +44 20 7946 0148", "Join the group buy at each or call")]
    [InlineData("草莓一盒¥20，也可以15元两盒，打店里电话010-6512 3456", "草莓一盒 ，也可以 两盒，打店里电话")]
    [InlineData("Only $20 USD or 15 euros, ¥15元 in Shanghai", "Only or , in Shanghai")]
    [InlineData("La tienda: 915 552 552, 3,50 euros. plaza.example/s/Hn42Qx", "La tienda: , . ")]
    public void Platform_links_prices_and_store_phones_are_no_evidence_at_all(string text, string without)
    {
        Prepare(text).ShouldBe(Prepare(without));
    }

    [Fact]
    public void The_request_host_and_configured_hosts_are_the_platform_too()
    {
        var hosts = new PlatformHosts(["shop.plazamarket.co.uk"], () => "localhost");

        Prepare("see https://shop.plazamarket.co.uk/s/abc and http://localhost/notes/1", hosts).ShouldBe(Prepare("see and", hosts));
        Prepare("see https://shop.plazamarket.co.uk/s/abc").Words.ShouldContain("xxlinkxx tlduk");
    }

    [Fact]
    public void Other_links_and_e_mail_addresses_become_marks_and_other_numbers_stay()
    {
        var prepared = Prepare("Claim at win-prizes.xyz or mail me@spam.test, call 09061701461 or 07700 900123");

        prepared.Chars.ShouldBe("claim at \uE001 or mail \uE002 , call 09061701461 or 07700 900123");
        prepared.Words.ShouldContain("xxlinkxx tldxyz");
        prepared.Words.ShouldContain("xxemailxx");
        prepared.Words.ShouldContain("09061701461");
        prepared.Words.ShouldContain("xxpremiumxx");
        prepared.Words.ShouldContain("xxmobilexx");
        Prepare("Text WIN to 87121").Words.ShouldContain("87121 xxnum5xx");
    }

    [Theory]
    [InlineData("09061701461", "premium")]
    [InlineData("0871 230 0220", "premium")]
    [InlineData("07090201529", "premium")]
    [InlineData("+44 7700 900123", "mobile")]
    [InlineData("612 345 678", "mobile")]
    [InlineData("+86 139 8765 4321", "mobile")]
    [InlineData("20310115-0042", "phone")]
    public void Other_numbers_are_premium_rate_mobile_or_other(string phone, string kind)
    {
        SpamFeatures.PhoneKind(phone).ShouldBe(kind);
    }

    [Fact]
    public void Chinese_text_without_spaces_gives_its_characters_and_character_pairs()
    {
        Prepare("今天取货").Words.Split(' ').ShouldBe(["今", "天", "取", "货", "今天", "天取", "取货"]);
        Prepare("加微信abc12345").Words.Split(' ').ShouldBe(["加", "微", "信", "加微", "微信", "abc12345"]);
    }

    [Fact]
    public void Words_in_capitals_add_shouting_marks()
    {
        Prepare("URGENT! You WON a PRIZE").Words.ShouldEndWith("xxcapsxx xxcapsxx xxcapsxx xxshoutxx");
        Prepare("I got the OK from the shop").Words.ShouldEndWith("xxcapsxx");
        Prepare("nothing loud here").Words.ShouldNotContain("xxcapsxx");
    }

    [Fact]
    public void Text_that_only_differs_in_encoding_reads_the_same()
    {
        Prepare("It\u0092s ＦＲＥＥ").ShouldBe(Prepare("It’s FREE"));
    }

    [Theory]
    [InlineData("020 7946 0148", true)]
    [InlineData("+44 20 7946 0148", true)]
    [InlineData("01223 585236", true)]
    [InlineData("+34 912 345 678", true)]
    [InlineData("91 234 56 78", true)]
    [InlineData("010-6512 3456", true)]
    [InlineData("0755-8612 3456", true)]
    [InlineData("07700 900123", false)]
    [InlineData("+44 7700 900123", false)]
    [InlineData("09061701461", false)]
    [InlineData("+34 612 345 678", false)]
    [InlineData("138 1234 5678", false)]
    [InlineData("+86 139 8765 4321", false)]
    public void Store_phones_are_geographic_landlines(string phone, bool store)
    {
        SpamFeatures.IsStorePhone(phone).ShouldBe(store);
    }
}
