using Plaza.Web.Modules.Moderation;

namespace Plaza.UnitTests.Moderation;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Windows_1252_bytes_read_as_C1_controls_become_the_quotes_and_dashes_they_meant()
    {
        TextNormalizer.Normalize("It\u0092s \u0093fresh\u0094 \u0096 \u0091ok\u0092 \u0095 \u0097 \u0080")
            .ShouldBe("It’s “fresh” – ‘ok’ • — €");
    }

    [Fact]
    public void Undefined_Windows_1252_bytes_are_dropped_and_no_C1_control_is_left()
    {
        var all = new string(Enumerable.Range(0x80, 32).Select(c => (char)c).ToArray());

        var normalized = TextNormalizer.Normalize("a" + all + "b");

        normalized.ShouldStartWith("a");
        normalized.ShouldEndWith("b");
        normalized.ShouldNotContain(c => c >= '\u0080' && c <= '\u009F');
    }

    [Theory]
    [InlineData("ＷｈａｔｓＡｐｐ ０７７００", "WhatsApp 07700")]
    [InlineData("ﬁne ①", "fine 1")]
    [InlineData("价格：１５元，好吃！", "价格:15元,好吃!")]
    public void Full_width_and_compatibility_forms_fold_to_plain_ones(string text, string normalized)
    {
        TextNormalizer.Normalize(text).ShouldBe(normalized);
    }

    [Fact]
    public void Invisible_word_splitters_are_dropped_but_a_joiner_inside_an_emoji_is_kept()
    {
        TextNormalizer.Normalize("bit\u200Bco\u2060in fr\u00ADee\uFEFF wh\u200Datsapp").ShouldBe("bitcoin free whatsapp");
        TextNormalizer.Normalize("👨\u200D👩\u200D👧 family").ShouldBe("👨\u200D👩\u200D👧 family");
    }

    [Fact]
    public void Plain_text_in_any_of_the_three_languages_is_left_as_it_is()
    {
        const string text = "Fresh plums £2.50 — ¿Tenéis pan? Mañana. 今天有酸面包吗 😊\nsecond line\tend";

        TextNormalizer.Normalize(text).ShouldBe(text);
    }
}
