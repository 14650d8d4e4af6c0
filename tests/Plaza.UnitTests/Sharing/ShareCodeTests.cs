using Plaza.Web.Modules.Sharing;
using Plaza.Web.Modules.Sharing.Contracts;

namespace Plaza.UnitTests.Sharing;

public sealed class ShareCodeTests
{
    // Kinds as Catalog and Communities register them; a link needs only the name and whether it names a store.
    private static readonly ShareTargetDefinition Product = new("Product", 10, InStore: true, typeof(object));
    private static readonly ShareTargetDefinition Community = new("Community", 20, InStore: false, typeof(object));

    [Fact]
    public void New_codes_have_eight_characters_from_an_alphabet_without_look_alikes()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ShareCode.New()).ToList();

        codes.ShouldAllBe(c => c.Length == 8 && ShareCode.IsWellFormed(c));
        ShareCode.Alphabet.Intersect("01ILOo").ShouldBeEmpty();
        codes.SelectMany(c => c).Distinct().Count().ShouldBeGreaterThan(25);
        codes.Distinct().Count().ShouldBe(codes.Count);
    }

    [Theory]
    [InlineData("abcd2345", "ABCD2345")]
    [InlineData("ABCD2345", "ABCD2345")]
    public void A_code_typed_in_lower_case_is_the_same_code(string typed, string expected) =>
        ShareCode.Normalize(typed).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCD234")]
    [InlineData("ABCD23456")]
    [InlineData("ABCD0123")]
    [InlineData("ABC'--;x")]
    [InlineData("ABCD\u202E234")]
    [InlineData("ＡＢＣＤ２３４５")]
    [InlineData("ABCD 234")]
    public void Anything_that_is_not_a_code_normalizes_to_nothing(string? raw) => ShareCode.Normalize(raw).ShouldBeNull();

    [Fact]
    public async Task A_taken_code_is_skipped_and_the_next_free_one_is_used()
    {
        var offered = new Queue<string>(["TAKEN222", "TAKEN333", "FREE4444"]);
        var asked = new List<string>();

        var code = await ShareCode.FirstFree(offered.Dequeue, c => { asked.Add(c); return Task.FromResult(c.StartsWith("TAKEN", StringComparison.Ordinal)); });

        code.ShouldBe("FREE4444");
        asked.ShouldBe(["TAKEN222", "TAKEN333", "FREE4444"]);
    }

    [Fact]
    public async Task Giving_up_after_five_collisions_in_a_row_is_an_error_not_a_loop()
    {
        var tries = 0;

        await Should.ThrowAsync<InvalidOperationException>(() => ShareCode.FirstFree(() => "SAME2345", _ => { tries++; return Task.FromResult(true); }));

        tries.ShouldBe(ShareCode.Attempts);
    }

    [Fact]
    public void The_sharer_buying_through_their_own_link_is_flagged_self()
    {
        var sharer = Guid.CreateVersion7();
        var link = ShareLink.Create("ABCD2345", sharer, Community, Guid.CreateVersion7(), null, DateTime.UtcNow);

        ShareAttribution.For(Guid.CreateVersion7(), link, sharer, AttributionSource.Code, DateTime.UtcNow).IsSelf.ShouldBeTrue();
        ShareAttribution.For(Guid.CreateVersion7(), link, Guid.CreateVersion7(), AttributionSource.Code, DateTime.UtcNow).IsSelf.ShouldBeFalse();
    }

    [Fact]
    public void A_product_link_names_its_store_and_a_community_link_does_not()
    {
        Should.Throw<ArgumentException>(() => ShareLink.Create("ABCD2345", Guid.NewGuid(), Product, Guid.NewGuid(), null, DateTime.UtcNow));
        Should.Throw<ArgumentException>(() => ShareLink.Create("ABCD2345", Guid.NewGuid(), Community, Guid.NewGuid(), Guid.NewGuid(), DateTime.UtcNow));
    }

    [Fact]
    public void A_visitor_is_stored_as_a_hash_never_as_given()
    {
        var hash = ShareVisit.HashVisitor("0f8fad5bd9cb469fa16570867728950e");

        hash.Length.ShouldBe(64);
        hash.ShouldNotContain("0f8fad5b");
        ShareVisit.HashVisitor("0f8fad5bd9cb469fa16570867728950e").ShouldBe(hash);
    }
}
