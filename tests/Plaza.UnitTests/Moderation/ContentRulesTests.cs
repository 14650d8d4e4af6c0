using Plaza.Web.Modules.Moderation;
using Plaza.Web.Modules.Moderation.Contracts;

namespace Plaza.UnitTests.Moderation;

public sealed class ContentRulesTests
{
    private static readonly ContentRules Rules = new();
    private static readonly Guid Author = Guid.CreateVersion7();

    private static string[] Codes(int trust = 2, ContentKind kind = ContentKind.Comment, string? title = null, string? markdown = null, string? text = null) =>
        Rules.Check(new ContentSubmission(Author, trust, kind, title, markdown, text)).Refusals.Select(r => r.Code).ToArray();

    [Fact]
    public void A_new_account_may_post_one_link_and_a_member_five()
    {
        const string two = "see https://a.example.com/x and www.b.example.org";

        Codes(trust: 0, text: "see https://a.example.com/x").ShouldBeEmpty();
        Codes(trust: 0, text: two).ShouldBe([ContentReasons.TooManyLinks]);
        Codes(trust: 1, text: two).ShouldBeEmpty();
        Codes(trust: 1, text: "a.com b.com c.com d.com e.com f.com").ShouldBe([ContentReasons.TooManyLinks]);
    }

    [Fact]
    public void The_same_link_twice_counts_once_and_markdown_links_count()
    {
        Codes(trust: 0, markdown: "[shop](https://plaza.test.com/s) https://plaza.test.com/s").ShouldBeEmpty();
        Codes(trust: 0, markdown: "[a](https://a.example.com) [b](https://b.example.com)").ShouldBe([ContentReasons.TooManyLinks]);
    }

    [Theory]
    [InlineData("\u202Egnp.exe")]
    [InlineData("abc\u202Bdef")]
    [InlineData("isolate \u2066x\u2069")]
    public void Bidirectional_overrides_are_refused(string text)
    {
        Codes(text: text).ShouldContain(ContentReasons.BidiOverride);
    }

    [Fact]
    public void Right_to_left_writing_and_its_marks_are_fine()
    {
        Codes(text: "שלום עולם \u200F مرحبا بالعالم").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("nul\u0000byte")]
    [InlineData("escape \u001b[31m red")]
    [InlineData("bell \u0007 ring")]
    public void C0_control_characters_are_refused_but_line_breaks_and_tabs_are_not(string text)
    {
        Codes(text: text).ShouldBe([ContentReasons.ControlCharacters]);
        Codes(text: "line one\r\nline two\tend").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("It\u0092s lovely, the \u0093fresh\u0094 bread \u0096 really")]
    [InlineData("\u0091quoted\u0092 \u0095 bullet \u0097 dash \u0085 and \u0080 5")]
    [InlineData("undefined \u0081\u008D\u008F\u0090\u009D bytes")]
    public void Windows_smart_quotes_read_as_C1_controls_are_not_refused(string text)
    {
        Codes(text: text).ShouldBeEmpty();
    }

    [Fact]
    public void A_blocked_phrase_is_refused_with_its_code_whatever_the_case_and_punctuation()
    {
        Codes(text: "Get FREE   Bitcoin!!").ShouldBe([ContentReasons.BlockedWord]);
        Codes(title: "Click-here to claim", text: "ok").ShouldBe([ContentReasons.BlockedWord]);
        Codes(text: "I bought a bitcoin-free wallet for free").ShouldBeEmpty();
        Codes(text: "ｆｒｅｅ bit\u200Bcoin").ShouldBe([ContentReasons.BlockedWord]);
    }

    [Fact]
    public void Extra_blocked_phrases_come_from_settings()
    {
        new ContentRules(["buy followers"]).Check(new(Author, 2, ContentKind.Comment, PlainText: "Buy followers here")).Refusals
            .ShouldBe([new ContentReason(ContentReasons.BlockedWord, "plainText")]);
    }

    [Fact]
    public void A_run_of_more_than_twenty_emoji_is_refused_and_twenty_is_fine()
    {
        var twenty = string.Concat(Enumerable.Repeat("👍🏽", 20));
        Codes(text: "great " + twenty).ShouldBeEmpty();
        Codes(text: "great " + twenty + " 🔥").ShouldBe([ContentReasons.EmojiFlood]);
        Codes(text: string.Join(" 🇬🇧 ", Enumerable.Repeat("ok", 30))).ShouldBeEmpty();
    }

    [Fact]
    public void Too_long_and_empty_content_are_refused()
    {
        Codes(kind: ContentKind.Chat, text: new string('a', 501)).ShouldBe([ContentReasons.TooLong]);
        Codes(kind: ContentKind.Note, markdown: new string('a', 10_000)).ShouldBeEmpty();
        Codes(title: new string('t', 121), markdown: "body").ShouldBe([ContentReasons.TooLong]);
        Codes(text: "  \n ").ShouldBe([ContentReasons.Empty]);
    }
}
