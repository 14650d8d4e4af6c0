namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>What Notes may learn about orders that started from a note (a line bought through the note's Buy link).</summary>
internal interface INoteOrders
{
    /// <summary>
    /// How many orders have at least one line bought from <paramref name="noteId"/> and count as real:
    /// paid, and neither cancelled nor fully refunded. Orders still awaiting payment (or that expired
    /// unpaid) do not count.
    /// </summary>
    Task<int> OrdersStartedFrom(Guid noteId, CancellationToken ct);
}
