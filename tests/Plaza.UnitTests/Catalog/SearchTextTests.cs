using System.Text.RegularExpressions;
using Plaza.Web.Modules.Catalog;

namespace Plaza.UnitTests.Catalog;

public sealed class SearchTextTests
{
    // Every FTS5 query is only quoted words with a prefix star, joined by AND; a tsquery only words:* joined by &.
    private static readonly Regex SafeFts5 = new(@"^(""[\p{L}\p{N}]+""\*( AND ""[\p{L}\p{N}]+""\*)*)?$");
    private static readonly Regex SafeTsQuery = new(@"^([\p{L}\p{N}]+:\*( & [\p{L}\p{N}]+:\*)*)?$");

    public static TheoryData<string> Hostile => new()
    {
        "\"",
        "\"\"\"\"",
        "' OR 1=1 --",
        "'; DROP TABLE products; --",
        "lamp\" OR \"1\"=\"1",
        "lamp\"*",
        "NEAR(lamp board, 2)",
        "NEAR(",
        "lamp NOT board AND OR",
        "*",
        "^lamp",
        "name:lamp",
        "{name description}: lamp",
        ")))",
        "(((",
        "lamp & !board | <-> :*",
        "lamp:*A & board:B",
        "\\\"; --",
        "%_%",
        "$$ SELECT 1 $$",
        "lamp\u0000board",
        "\u0001\u0002\u001b[31m\u007f",
        "🙂🔥 lamp 👍🏽",
        "台灯 \"黄铜\"",
        "e\u0301clair",
        "\u200b\u200d\ufeff",
        "‘smart’ “quotes” ＂fullwidth＂ ＇",
        new string('a', 500),
        new string('"', 200),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_input_becomes_a_safe_FTS5_query(string input)
    {
        var fts = SearchText.ToFts5(SearchText.Terms(input));

        SafeFts5.IsMatch(fts).ShouldBeTrue($"unsafe FTS5 query: {fts}");
        fts.Count(c => c == '"').ShouldBe(2 * SearchText.Terms(input).Count, "every quote opens or closes a word");
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_input_becomes_a_safe_tsquery(string input)
    {
        var ts = SearchText.ToTsQuery(SearchText.Terms(input));

        SafeTsQuery.IsMatch(ts).ShouldBeTrue($"unsafe tsquery: {ts}");
        ts.ShouldNotContain("'");
        ts.ShouldNotContain("\"");
    }

    [Fact]
    public void Operators_and_SQL_become_plain_words()
    {
        SearchText.Terms("' OR 1=1 --").ShouldBe(["or", "1"]);
        SearchText.ToFts5(SearchText.Terms("' OR 1=1 --")).ShouldBe("\"or\"* AND \"1\"*");
        SearchText.ToTsQuery(SearchText.Terms("NEAR(lamp, 2)")).ShouldBe("near:* & lamp:* & 2:*");
    }

    [Fact]
    public void Words_are_lowercased_deduplicated_and_kept_in_order()
    {
        SearchText.Terms("Brass LAMP brass Lamp, linen-shade").ShouldBe(["brass", "lamp", "linen", "shade"]);
        SearchText.ToFts5(["brass", "lamp"]).ShouldBe("\"brass\"* AND \"lamp\"*");
        SearchText.ToTsQuery(["brass", "lamp"]).ShouldBe("brass:* & lamp:*");
    }

    [Fact]
    public void Letters_and_digits_of_any_script_make_words()
    {
        SearchText.Terms("黄铜台灯 café №5 мёд").ShouldBe(["黄铜台灯", "café", "5", "мёд"]);
    }

    [Fact]
    public void At_most_eight_words_are_used_and_words_over_40_characters_are_dropped()
    {
        SearchText.Terms(string.Join(' ', Enumerable.Range(1, 20).Select(i => "w" + i))).Count.ShouldBe(SearchText.MaxTerms);
        SearchText.Terms(new string('a', 41) + " lamp").ShouldBe(["lamp"]);
        SearchText.Terms(new string('a', 40)).ShouldBe([new string('a', 40)]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!*\"'()")]
    [InlineData("🙂")]
    public void Input_without_words_gives_no_terms(string? input)
    {
        SearchText.Terms(input).ShouldBeEmpty();
        SearchText.ToFts5(SearchText.Terms(input)).ShouldBe("");
        SearchText.ToTsQuery(SearchText.Terms(input)).ShouldBe("");
    }
}
