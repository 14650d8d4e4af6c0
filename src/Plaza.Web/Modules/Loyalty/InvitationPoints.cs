using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>Points for the sharer when someone new signs up through their link, once per new account; never for oneself.</summary>
internal sealed class InvitationPoints(PointsBook book) : IEventHandler<SignedUpThroughShareLink>
{
    public async Task Handle(SignedUpThroughShareLink e, Guid eventId, CancellationToken ct)
    {
        if (e.SharerAccountId == e.AccountId) return;
        await book.Credit(e.SharerAccountId, PointsKind.Invitation, book.Options.InvitationPoints, 0, PointsBook.Source.Invitation(e.AccountId), null, ct);
    }
}
