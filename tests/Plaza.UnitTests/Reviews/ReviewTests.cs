using Plaza.Web.Modules.Reviews;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Reviews;

public sealed class ReviewTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 30, 0, DateTimeKind.Utc);
    private static readonly Guid Author = Guid.NewGuid();

    private static Review Write(bool completed = true, int stars = 4, string? text = "Lovely bread", bool held = false) =>
        Review.Write(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Author, completed, stars, text, held, Now);

    [Fact]
    public void A_review_of_an_order_that_is_not_completed_is_refused() =>
        Should.Throw<DomainException>(() => Write(completed: false)).Code.ShouldBe("order_not_completed");

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Stars_outside_one_to_five_are_refused(int stars) =>
        Should.Throw<DomainException>(() => Write(stars: stars)).Code.ShouldBe("invalid_stars");

    [Fact]
    public void Stars_alone_make_a_published_verified_review()
    {
        var review = Write(text: null);

        review.Text.ShouldBe("");
        review.Status.ShouldBe(ReviewStatus.Published);
        review.VerifiedPurchase.ShouldBeTrue();
    }

    [Fact]
    public void A_held_review_waits_as_pending() => Write(held: true).Status.ShouldBe(ReviewStatus.Pending);

    [Fact]
    public void The_author_may_edit_for_7_days_and_not_after()
    {
        var review = Write();

        review.Edit(5, "Even better", held: false, Now.AddDays(7));
        var late = Should.Throw<DomainException>(() => review.Edit(1, "Too late", held: false, Now.AddDays(7).AddSeconds(1)));

        (review.Stars, review.Text, review.EditedAtUtc).ShouldBe((5, "Even better", Now.AddDays(7)));
        late.Code.ShouldBe("edit_window_closed");
    }

    [Fact]
    public void An_edit_the_pipeline_holds_takes_the_review_back_to_pending()
    {
        var review = Write();

        review.Edit(5, "Now with a link", held: true, Now.AddHours(1));

        review.Status.ShouldBe(ReviewStatus.Pending);
    }

    [Fact]
    public void A_review_has_at_most_six_photos()
    {
        var review = Write();
        for (var i = 0; i < Review.MaxPhotos; i++) review.AddPhoto($"p{i}.jpg", "image/jpeg", Now);

        Should.Throw<DomainException>(() => review.AddPhoto("p7.jpg", "image/jpeg", Now)).Code.ShouldBe("too_many_photos");
        review.Photos.Select(p => p.Position).ShouldBe([0, 1, 2, 3, 4, 5]);
    }

    [Fact]
    public void The_store_replies_once()
    {
        var review = Write();

        review.Reply(Guid.NewGuid(), "  Thank you!  ", held: false, Now);

        review.ReplyText.ShouldBe("Thank you!");
        review.HasPublishedReply.ShouldBeTrue();
        Should.Throw<DomainException>(() => review.Reply(Guid.NewGuid(), "Again", held: false, Now)).Code.ShouldBe("already_replied");
    }

    [Fact]
    public void A_held_reply_is_not_shown()
    {
        var review = Write();

        review.Reply(Guid.NewGuid(), "Visit our site", held: true, Now);

        review.HasPublishedReply.ShouldBeFalse();
    }

    [Fact]
    public void The_author_cannot_vote_for_their_own_review_and_nobody_for_a_pending_one()
    {
        Should.Throw<DomainException>(() => Write().EnsureCanVote(Author)).Code.ShouldBe("own_review");
        Should.Throw<DomainException>(() => Write(held: true).EnsureCanVote(Guid.NewGuid())).Code.ShouldBe("review_not_published");
        Should.NotThrow(() => Write().EnsureCanVote(Guid.NewGuid()));
    }

    [Fact]
    public void The_summary_averages_to_one_decimal_and_counts_every_star()
    {
        var summary = RatingSummary.From(new Dictionary<int, int> { [5] = 1, [4] = 2 });

        summary.Average.ShouldBe(4.3);
        summary.Count.ShouldBe(3);
        Enumerable.Range(1, 5).Select(s => summary.Stars[s]).ShouldBe([0, 0, 0, 2, 1]);
        summary.Percent(4).ShouldBe(67);
    }

    [Fact]
    public void No_reviews_make_an_empty_summary()
    {
        var summary = RatingSummary.From(new Dictionary<int, int>());

        (summary.Average, summary.Count, summary.Percent(5)).ShouldBe((0d, 0, 0));
    }

    [Fact]
    public void A_moderator_approves_a_held_review_and_it_is_published()
    {
        var review = Write(held: true);
        review.Approve(Now);
        review.Status.ShouldBe(ReviewStatus.Published);
    }

    [Fact]
    public void A_removed_review_keeps_the_reason_and_can_be_neither_approved_nor_edited()
    {
        var review = Write();
        review.Remove("  Advertising  ");
        review.Status.ShouldBe(ReviewStatus.Removed);
        review.RemovalReason.ShouldBe("Advertising");
        Should.Throw<DomainException>(() => review.Approve(Now)).Code.ShouldBe("already_removed");
        Should.Throw<DomainException>(() => review.Edit(3, "changed", false, Now)).Code.ShouldBe("review_removed");
    }

    [Fact]
    public void Removing_without_a_reason_is_refused()
    {
        var review = Write();
        Should.Throw<DomainException>(() => review.Remove(" ")).Code.ShouldBe("invalid_reason");
        review.Status.ShouldBe(ReviewStatus.Published);
    }
}
