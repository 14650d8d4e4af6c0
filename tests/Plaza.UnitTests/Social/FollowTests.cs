using Plaza.Web.Modules.Social;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.UnitTests.Social;

public sealed class FollowTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Me = Guid.CreateVersion7();

    [Fact]
    public void Following_a_person_records_who_follows_whom_and_when()
    {
        var other = Guid.CreateVersion7();

        var follow = Follow.Start(Me, FollowTargetKind.Person, other, Now);

        (follow.FollowerId, follow.TargetKind, follow.TargetId, follow.CreatedAtUtc).ShouldBe((Me, FollowTargetKind.Person, other, Now));
    }

    [Fact]
    public void Nobody_can_follow_themselves()
    {
        Should.Throw<DomainException>(() => Follow.Start(Me, FollowTargetKind.Person, Me, Now)).Code.ShouldBe("cannot_follow_yourself");
    }

    [Fact]
    public void A_store_whose_id_happens_to_equal_the_followers_is_still_a_store_to_follow()
    {
        Follow.Start(Me, FollowTargetKind.Store, Me, Now).TargetKind.ShouldBe(FollowTargetKind.Store);
    }

    [Fact]
    public void A_new_counts_row_starts_at_zero()
    {
        var counts = FollowCounts.Empty(FollowTargetKind.Store, Me);

        (counts.SubjectKind, counts.SubjectId, counts.Followers, counts.Following).ShouldBe((FollowTargetKind.Store, Me, 0, 0));
    }

    [Fact]
    public void A_follow_request_names_exactly_one_person_or_store()
    {
        var store = Guid.CreateVersion7();

        FollowRequest.Person(Me).Parse(new Validator()).ShouldBe((FollowTargetKind.Person, Me));
        FollowRequest.Store(store).Parse(new Validator()).ShouldBe((FollowTargetKind.Store, store));

        var neither = new Validator();
        new FollowRequest(null, null).Parse(neither).ShouldBeNull();
        neither.Errors.Keys.ShouldBe(["accountId"]);

        var both = new Validator();
        new FollowRequest(Me, store).Parse(both).ShouldBeNull();
        both.Errors.Keys.ShouldBe(["storeId"]);
    }
}
