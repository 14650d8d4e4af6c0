using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Reviews.Contracts;

/// <summary>
/// A review is visible to everyone with <paramref name="PhotoCount"/> photos: raised when it is published
/// (posted unheld or approved) and again when a photo is added to a published review. The same review
/// may be announced more than once; handlers key what they do by <paramref name="ReviewId"/>.
/// </summary>
internal sealed record ReviewPublished(Guid ReviewId, Guid AuthorAccountId, Guid ProductId, Guid StoreId, int PhotoCount, DateTime AtUtc) : IDomainEvent;
