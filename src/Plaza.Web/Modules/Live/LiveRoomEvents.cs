using Plaza.Web.Platform.Events;

// Ids only: the outbox keeps delivered events for a while, and a title may name a person (deletion must not miss it).

namespace Plaza.Web.Modules.Live;

/// <summary>A room was announced: followers of the store and of the host hear of it.</summary>
internal sealed record LiveRoomScheduled(Guid RoomId, Guid StoreId, Guid HostAccountId, DateTime ScheduledStartUtc) : IDomainEvent;

/// <summary>A room went live: followers and everyone who asked to be reminded hear of it.</summary>
internal sealed record LiveRoomWentLive(Guid RoomId, Guid StoreId, Guid HostAccountId) : IDomainEvent;
