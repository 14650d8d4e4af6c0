namespace Plaza.Web.Modules.GroupBuying;

/// <summary>
/// A seat: Held while the member's order is unpaid, Paid once it is paid. A seat whose order is cancelled while
/// the team is open is deleted (the spot is free again); after the team closed it stays, Refunded or Cancelled.
/// </summary>
internal enum SeatState { Held, Paid, Refunded, Cancelled }

/// <summary>One member of a team: one order, at most one seat per shopper per team (unique index).</summary>
internal sealed class TeamMember
{
    private TeamMember() { }

    public Guid Id { get; private set; }
    public Guid TeamId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid OrderId { get; private set; }
    public int Quantity { get; private set; }
    public SeatState State { get; private set; }
    public DateTime JoinedAtUtc { get; private set; }

    public static TeamMember Seat(Guid teamId, Guid customerId, Guid orderId, int quantity, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), TeamId = teamId, CustomerId = customerId, OrderId = orderId, Quantity = quantity, State = SeatState.Held,
            JoinedAtUtc = now };
}
