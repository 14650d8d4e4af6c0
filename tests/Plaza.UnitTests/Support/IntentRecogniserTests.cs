using Plaza.Web.Modules.Support.Assistant;

namespace Plaza.UnitTests.Support;

/// <summary>What a shopper notices: the assistant understands plain questions in three languages and hands over when it should.</summary>
public sealed class IntentRecogniserTests
{
    private static readonly IntentRecogniser Recogniser = new();

    /// <summary>Questions written for this test, none of them in the corpus (asserted), one per intent and language.</summary>
    public static TheoryData<string, string, string> Clear => new()
    {
        { "order-status", "en", "Where has my order PZ-8HW4KQ2N got to?" },
        { "order-status", "es", "¿Por dónde va mi pedido PZ-8HW4KQ2N?" },
        { "order-status", "zh", "我的订单PZ-8HW4KQ2N现在到哪儿了？" },
        { "pickup-code", "en", "I'm at the shop counter, what's the pickup code for my order?" },
        { "pickup-code", "es", "Estoy en el mostrador, ¿cuál es el código de recogida de mi pedido?" },
        { "pickup-code", "zh", "我在店里柜台，我的取货码是多少？" },
        { "refund-status", "en", "Has the refund for my cancelled order reached my card yet?" },
        { "refund-status", "es", "¿Ya me llegó a la tarjeta el reembolso del pedido cancelado?" },
        { "refund-status", "zh", "取消订单的退款到我卡上了吗？" },
        { "points-balance", "en", "How many loyalty points do I have, and do any expire soon?" },
        { "points-balance", "es", "¿Cuántos puntos de fidelidad tengo y caduca alguno pronto?" },
        { "points-balance", "zh", "我现在有多少积分？有快过期的吗？" },
        { "coupons", "en", "Which coupons can I use on my next order?" },
        { "coupons", "es", "¿Qué cupones puedo usar en mi próximo pedido?" },
        { "coupons", "zh", "下一单我能用哪些优惠券？" },
        { "membership-tier", "en", "What membership tier am I, and what do I need for the next one?" },
        { "membership-tier", "es", "¿En qué nivel de socio estoy y qué me falta para el siguiente?" },
        { "membership-tier", "zh", "我现在是什么会员等级，升下一级还差什么？" },
        { "store-hours", "en", "What time does the store open on Saturday?" },
        { "store-hours", "es", "¿A qué hora abre la tienda el sábado?" },
        { "store-hours", "zh", "周六几点开门？" },
        { "delivery-area", "en", "Do you deliver to Stoke Newington Church Street?" },
        { "delivery-area", "es", "¿Hacéis reparto a la calle de Embajadores?" },
        { "delivery-area", "zh", "你们能送到望京南湖东园吗？" },
        { "greeting", "en", "Hello there!" },
        { "greeting", "es", "¡Hola, buenas tardes!" },
        { "greeting", "zh", "你好，早上好！" },
        { "thanks", "en", "Thanks so much for your help!" },
        { "thanks", "es", "¡Muchas gracias por tu ayuda!" },
        { "thanks", "zh", "非常感谢你的帮助！" },
    };

    [Theory]
    [MemberData(nameof(Clear))]
    public void A_plain_question_is_recognised_in_its_language(string intent, string language, string text)
    {
        IntentCorpus.All.ShouldNotContain(e => e.Text == text);

        var recognition = Recogniser.Recognise(text);

        recognition.Intent.Name().ShouldBe(intent);
        recognition.Confidence.ShouldBeGreaterThanOrEqualTo(IntentRecogniser.Threshold);
        recognition.Language.ShouldBe(language);
    }

    [Theory]
    [InlineData("en", "I'd like to talk to a person, please")]
    [InlineData("en", "this bot is useless, get me an agent")]
    [InlineData("es", "Quisiera hablar con una persona, por favor")]
    [InlineData("es", "no me sirve, pásame con atención al cliente")]
    [InlineData("zh", "请帮我转人工客服")]
    [InlineData("zh", "我要跟真人说话")]
    public void Asking_for_a_person_hands_over_in_each_language(string language, string text)
    {
        var recognition = Recogniser.Recognise(text);

        recognition.Intent.ShouldBe(SupportIntent.Human);
        recognition.Language.ShouldBe(language);
    }

    [Theory]
    [InlineData("Is the goat cheese pasteurised?")]
    [InlineData("what is the capital of France")]
    [InlineData("¿El queso de cabra está pasteurizado?")]
    [InlineData("¿Cuál es la capital de Francia?")]
    [InlineData("这个山羊奶酪是巴氏杀菌的吗？")]
    [InlineData("法国的首都是哪里？")]
    public void A_question_the_assistant_does_not_answer_goes_to_a_person(string text)
    {
        Recogniser.Recognise(text).Intent.ShouldBeOneOf(SupportIntent.Other, SupportIntent.Unknown);
    }

    [Theory]
    [InlineData("I want a refund for the squashed tomatoes")]
    [InlineData("can I cancel my order PZ-8HW4KQ2N")]
    [InlineData("where is my neighbour's order")]
    [InlineData("quiero cancelar mi pedido de ayer")]
    [InlineData("我要退款，西红柿都坏了")]
    public void Asking_for_a_change_or_about_someone_else_is_not_answered_as_a_status(string text)
    {
        Recogniser.Recognise(text).Intent.ShouldBeOneOf(SupportIntent.Other, SupportIntent.Unknown);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_message_is_unknown_with_no_confidence(string? text)
    {
        var recognition = Recogniser.Recognise(text);

        recognition.Intent.ShouldBe(SupportIntent.Unknown);
        recognition.Confidence.ShouldBe(0);
        recognition.OrderNumber.ShouldBeNull();
    }

    [Fact]
    public void A_message_longer_than_the_limit_is_read_from_its_start()
    {
        var recognition = Recogniser.Recognise("where is my order PZ-8HW4KQ2N? " + new string('x', 5000));

        recognition.Intent.ShouldBe(SupportIntent.OrderStatus);
        recognition.OrderNumber.ShouldBe("PZ-8HW4KQ2N");
    }

    [Fact]
    public void Intent_names_are_kebab_case_and_read_back()
    {
        foreach (var intent in Enum.GetValues<SupportIntent>())
        {
            intent.Name().ShouldMatch("^[a-z]+(-[a-z]+)*$");
            SupportIntents.TryParse(intent.Name(), out var back).ShouldBeTrue();
            back.ShouldBe(intent);
        }
        SupportIntents.Labels.ShouldNotContain(SupportIntent.Unknown);
    }
}
