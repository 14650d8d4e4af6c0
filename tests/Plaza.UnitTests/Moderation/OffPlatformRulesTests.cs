using Plaza.Web.Modules.Moderation;
using Plaza.Web.Modules.Moderation.Contracts;

namespace Plaza.UnitTests.Moderation;

public sealed class OffPlatformRulesTests
{
    private static readonly ContentRules Rules = new();

    private static RuleOutcome Check(string text) => Rules.Check(new ContentSubmission(Guid.CreateVersion7(), 2, ContentKind.Comment, PlainText: text));

    [Theory]
    [InlineData("Don't pay through the app, WhatsApp me on 07700 900456 and pay me directly, it's cheaper")]
    [InlineData("WhatsApp me on +44 7700 900123 for the same olive oil, bank transfer only")]
    [InlineData("Send the payment to my PayPal friends and family and I'll ship today")]
    [InlineData("I'll give you my bank details, skip the platform fees")]
    [InlineData("Pay by bank transfer to account 12345678 sort code 20-00-00")]
    [InlineData("Message me on ＷｈａｔｓＡｐｐ, cheaper than here")]
    [InlineData("Escríbeme al WhatsApp +34 612 345 678 y paga por transferencia bancaria")]
    [InlineData("No pagues por la app: págame por Bizum y te lo llevo")]
    [InlineData("Haz la transferencia a mi cuenta ES91 2100 0418 4502 0005 1332")]
    [InlineData("加微信abc12345，私聊转账，比App便宜多了！")]
    [InlineData("别在App上付了，直接转账给我")]
    [InlineData("同款半价，加V：oil8888，只收银行转账")]
    public void Requests_to_pay_outside_the_platform_are_refused(string text)
    {
        Check(text).Refusals.Select(r => r.Code).ShouldContain(ContentReasons.OffPlatformPayment);
    }

    [Theory]
    [InlineData("I invest in USDT and get 4% every day, ask me how to join")]
    [InlineData("Double your Bitcoin in 24 hours, guaranteed")]
    [InlineData("Invierte 100 USDT y gana un 5 % diario garantizado")]
    [InlineData("USDT理财，日收益3%，稳赚不赔")]
    [InlineData("跟着老师炒币，投资100U就能翻倍")]
    public void Crypto_with_a_promise_of_earnings_is_refused_as_an_investment_scam(string text)
    {
        Check(text).Refusals.Select(r => r.Code).ShouldContain(ContentReasons.InvestmentScam);
    }

    [Theory]
    [InlineData("Add me on Telegram @sunnydeals_uk")]
    [InlineData("WhatsApp me, I have more photos")]
    [InlineData("Escríbeme al WhatsApp y te cuento")]
    [InlineData("这里不方便，加我微信聊")]
    [InlineData("有需要的私聊")]
    public void Invitations_to_talk_elsewhere_are_held_not_refused(string text)
    {
        var outcome = Check(text);

        outcome.Refusals.ShouldBeEmpty();
        outcome.Holds.ShouldBe([new ContentReason(ContentReasons.OffPlatformContact, "plainText")]);
    }

    [Theory]
    [InlineData("I paid with Apple Pay at checkout and got the receipt by email.")]
    [InlineData("Can I pay by bank transfer? My card was declined.")]
    [InlineData("在App里用微信支付付的款，收据也收到了。")]
    [InlineData("¿Puedo pagar en efectivo al recoger?")]
    [InlineData("Our building has a WhatsApp group where we share the group buy links.")]
    [InlineData("My bank account was charged twice for order 20310115-0042.")]
    [InlineData("Does anyone accept bitcoin? Just curious.")]
    [InlineData("Price went up 10% but the bread is still worth it.")]
    [InlineData("Great deal: 2 for £3, cheaper than the supermarket!")]
    public void Paying_in_the_app_customers_questions_and_shop_talk_pass(string text)
    {
        var outcome = Check(text);

        outcome.Refusals.ShouldBeEmpty();
        outcome.Holds.ShouldBeEmpty();
    }
}
