using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Leaders.Contracts;

/// <summary>A campaign's order cut-off passed and its unpaid orders were cancelled: its pick list is final.</summary>
internal sealed record CampaignClosed(Guid CampaignId, Guid StoreId, string Title, DateTime AtUtc) : IDomainEvent;
