using Plaza.Web.Modules.Ordering;

namespace Plaza.UnitTests.Ordering;

/// <summary>Small builder for orders in unit tests: a pickup order of two lines unless told otherwise.</summary>
internal sealed class OrderBuilder
{
    public static readonly DateTime Now = new(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc);
    public static readonly Guid Customer = Guid.CreateVersion7();
    public static readonly Guid Staff = Guid.CreateVersion7();

    private readonly List<Order.LineInput> _lines =
    [
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), "Eggs", "Box of 6", 320, 2),
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), "Bread", "800 g", 250, 1),
    ];

    private long? _deliveryFee;

    public OrderBuilder ForDelivery(long fee = 299)
    {
        _deliveryFee = fee;
        return this;
    }

    public Order Build() => _deliveryFee is { } fee
        ? Order.PlaceForDelivery(Guid.CreateVersion7(), Customer, Customer, "GBP", _lines, "5 Chapel Market", 51.5, -0.1, Now.AddHours(3), Now.AddHours(5), fee,
            Now, TimeSpan.FromMinutes(15))
        : Order.PlaceForPickup(Guid.CreateVersion7(), Customer, Customer, "GBP", _lines, Guid.CreateVersion7(), "Counter", Now, TimeSpan.FromMinutes(15));

    public Order BuildPaid()
    {
        var order = Build();
        order.MarkPaid(Guid.CreateVersion7(), order.TotalMinor, "GBP", Now.AddMinutes(1));
        return order;
    }
}
