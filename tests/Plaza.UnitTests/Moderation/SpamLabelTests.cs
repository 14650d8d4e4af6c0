using Plaza.Web.Modules.Moderation;

namespace Plaza.UnitTests.Moderation;

public sealed class SpamLabelTests
{
    private static ModerationAction Decision(string action) =>
        ModerationAction.Record(Guid.CreateVersion7(), action, "comment", Guid.CreateVersion7(), action == ModerationActions.Remove ? "Scam" : null,
            new DateTime(2031, 1, 15, 10, 30, 0, DateTimeKind.Utc), Guid.CreateVersion7(), "base-12345678");

    [Fact]
    public void Approving_labels_the_text_good_with_the_version_that_judged_it()
    {
        var decision = Decision(ModerationActions.Approve);

        var label = SpamLabel.From(decision, "Lovely plums", heldOrReportedAsSpam: false, "base-12345678", 0.4).ShouldNotBeNull();

        (label.Id, label.Spam, label.Text, label.ModelVersion, label.SpamProbability, label.AuthorId, label.DecidedAtUtc)
            .ShouldBe((decision.Id, false, "Lovely plums", "base-12345678", 0.4, decision.SubjectAccountId, decision.AtUtc));
    }

    [Fact]
    public void Removing_labels_spam_only_what_was_held_or_reported_as_spam()
    {
        SpamLabel.From(Decision(ModerationActions.Remove), "Add me on Telegram", heldOrReportedAsSpam: true, "v3", 0.5)!.Spam.ShouldBeTrue();
        SpamLabel.From(Decision(ModerationActions.Remove), "You are an idiot", heldOrReportedAsSpam: false, "v3", 0.1).ShouldBeNull();
        SpamLabel.From(Decision(ModerationActions.Approve), " ", heldOrReportedAsSpam: true, "v3", 0.1).ShouldBeNull();
    }
}
