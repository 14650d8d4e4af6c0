using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Sharing.Contracts;

/// <summary>A new account was created while carrying <paramref name="SharerAccountId"/>'s share link (an invitation).</summary>
internal sealed record SignedUpThroughShareLink(Guid AccountId, Guid ShareLinkId, Guid SharerAccountId, DateTime AtUtc) : IDomainEvent;
