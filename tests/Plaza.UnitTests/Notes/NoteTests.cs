using Plaza.Web.Modules.Notes;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Notes;

public sealed class NoteTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 30, 0, DateTimeKind.Utc);
    private static readonly Guid Author = Guid.NewGuid();

    private static Note Post(string title = "Saturday bake", string? body = "Lovely **crust**", Guid? community = null, bool member = true,
        int products = 0, bool held = false) =>
        Note.Post(Author, community, member, title, body, Enumerable.Range(0, products).Select(_ => (Guid.NewGuid(), Guid.NewGuid())).ToList(), held, Now);

    [Fact]
    public void A_note_is_published_unless_the_pipeline_holds_it()
    {
        Post().Status.ShouldBe(NoteStatus.Published);
        Post(held: true).Status.ShouldBe(NoteStatus.Pending);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_note_without_a_title_is_refused(string title) =>
        Should.Throw<DomainException>(() => Post(title: title)).Code.ShouldBe("invalid_title");

    [Fact]
    public void A_title_over_120_characters_is_refused() =>
        Should.Throw<DomainException>(() => Post(title: new string('a', 121))).Code.ShouldBe("invalid_title");

    [Fact]
    public void A_body_over_10000_characters_is_refused() =>
        Should.Throw<DomainException>(() => Post(body: new string('a', 10_001))).Code.ShouldBe("invalid_body");

    [Fact]
    public void A_note_tags_at_most_10_products()
    {
        Post(products: 10).Products.Count.ShouldBe(10);
        Should.Throw<DomainException>(() => Post(products: 11)).Code.ShouldBe("too_many_products");
    }

    [Fact]
    public void Posting_into_a_community_needs_active_membership() =>
        Should.Throw<DomainException>(() => Post(community: Guid.NewGuid(), member: false)).Code.ShouldBe("not_a_member");

    [Fact]
    public void A_note_has_at_most_9_photos()
    {
        var note = Post();
        for (var i = 0; i < Note.MaxPhotos; i++) note.AddPhoto(Author, $"{i}.jpg", "image/jpeg", "A loaf");
        Should.Throw<DomainException>(() => note.AddPhoto(Author, "x.jpg", "image/jpeg", null)).Code.ShouldBe("too_many_photos");
    }

    [Fact]
    public void Only_the_author_edits_a_note() =>
        Should.Throw<DomainException>(() => Post().Edit(Guid.NewGuid(), "Mine", null, [], false, Now)).Code.ShouldBe("not_the_author");

    [Fact]
    public void A_reply_to_a_reply_attaches_to_the_top_comment()
    {
        var noteId = Guid.NewGuid();
        var top = NoteComment.Write(noteId, null, Author, "First", false, Now);
        var reply = NoteComment.Write(noteId, top, Guid.NewGuid(), "Second", false, Now);

        var replyToReply = NoteComment.Write(noteId, reply, Guid.NewGuid(), "Third", false, Now);

        reply.ParentId.ShouldBe(top.Id);
        replyToReply.ParentId.ShouldBe(top.Id);
    }

    [Fact]
    public void A_comment_over_2000_characters_is_refused() =>
        Should.Throw<DomainException>(() => NoteComment.Write(Guid.NewGuid(), null, Author, new string('a', 2001), false, Now)).Code.ShouldBe("invalid_text");
}

public sealed class MentionTests
{
    [Fact]
    public void A_mention_is_stored_by_account_id_without_the_name_and_shown_with_the_current_name()
    {
        var id = Guid.NewGuid();

        var (text, ids) = Mentions.Normalize($"Ask @[Dee Smith]({id}) and @[{id}] again");

        text.ShouldBe($"Ask @[{id}] and @[{id}] again");
        ids.ShouldBe([id]);
        Mentions.Display(text, new Dictionary<Guid, string> { [id] = "Dee" }).ShouldBe("Ask @Dee and @Dee again");
        Mentions.Display(text, new Dictionary<Guid, string>()).ShouldBe("Ask @someone and @someone again");
    }

    [Fact]
    public void A_plain_at_name_is_only_text()
    {
        var (text, ids) = Mentions.Normalize("Hi @Dee");

        text.ShouldBe("Hi @Dee");
        ids.ShouldBeEmpty();
    }

    [Fact]
    public void The_pipeline_checks_a_mention_as_the_name_a_reader_sees() =>
        Mentions.ForCheck($"Thanks @[Erin]({Guid.NewGuid()})!").ShouldBe("Thanks @Erin!");

    [Fact]
    public void The_same_like_gives_the_same_notification_source()
    {
        var (actor, note) = (Guid.NewGuid(), Guid.NewGuid());

        SourceIds.For("Like", actor, note).ShouldBe(SourceIds.For("Like", actor, note));
        SourceIds.For("Like", actor, note).ShouldNotBe(SourceIds.For("Like", Guid.NewGuid(), note));
    }
}
