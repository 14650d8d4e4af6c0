namespace Plaza.Web.Modules.Stores.Contracts;

/// <summary>A delivery window a store offers (<see cref="IStoreDirectory.DeliverySlots"/>); an order keeps the one it booked.</summary>
internal sealed record DeliverySlot(DateTime StartUtc, DateTime EndUtc)
{
    /// <summary>Every window is this long, so an order booked from its start knows its end.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromHours(2);
}
