using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Idempotency;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Ordering;

internal static class OrderingModule
{
    public static WebApplicationBuilder AddOrdering(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<OrderingOptions>(builder.Configuration.GetSection("Ordering"));
        builder.Services.AddScoped<IOrderPayments, OrderPayments>();
        builder.Services.AddScoped<Payments.Contracts.IPayableSource>(sp => sp.GetRequiredService<IOrderPayments>());
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, OrderPersonalData>();
        builder.Services.AddScoped<IPurchases, Purchases>();
        builder.Services.AddScoped<IOrderAmounts, OrderAmountsReader>();
        builder.Services.AddScoped<PriceCalculator>();
        builder.Services.AddScoped<PlaceOrder>();
        builder.Services.AddScoped<PlaceAndPay>();
        builder.Services.AddScoped<IPlaceAndPay>(sp => sp.GetRequiredService<PlaceAndPay>());
        builder.Services.AddScoped<INoteOrders, NoteOrders>();
        builder.Services.AddScoped<IOrderHolds, OrderHolds>();
        builder.Services.AddScoped<IPartnerPickups, PartnerPickups>();
        builder.Services.AddScoped<IPickupDetails, PickupDetailsReader>();
        builder.Services.AddScoped<IOrderLookup, OrderLookup>();
        builder.Services.AddScoped<Identity.Contracts.IBrowserSignInStep, MergeVisitorCartOnSignIn>();
        builder.Services.AddHostedService<ExpireUnpaidOrders>();
        builder.Services.AddMenuEntry(Menus.Main, "Cart", "/cart", 30);
        builder.Services.AddMenuEntry(Menus.Main, "My orders", "/orders", 40);
        // Its link is the dashboard; it is also the current entry on each order's page under it (the longest match wins).
        builder.Services.AddMenuEntry(Menus.Staff, "Orders", "/staff/stores/{storeId}", 10, testId: "nav-orders");
        return builder;
    }

    public static WebApplication MapOrdering(this WebApplication app)
    {
        var cart = app.MapGroup("/api/v1/cart").WithTags("Cart").RequireAuthorization("api");
        cart.MapGet("/", ManageCart.HandleGet).WithName("GetCart").WithSummary("My cart at a store, priced now");
        cart.MapPut("/lines", ManageCart.HandlePut).WithName("SetCartLine").WithSummary("Set a cart line's quantity (0 removes it)");

        var orders = app.MapGroup("/api/v1/orders").WithTags("Orders").RequireAuthorization("api");
        orders.MapPost("/", PlaceOrder.Handle).WithName("PlaceOrder").WithMetadata(new IdempotentAttribute())
            .WithSummary("Place an order: SKU ids and quantities, pickup or delivery. Reserves stock. Accepts Idempotency-Key.");
        orders.MapGet("/", GetOrder.HandleMine).WithName("ListMyOrders").WithSummary("My orders, newest first");
        orders.MapGet("/{id:guid}", GetOrder.Handle).WithName("GetOrder").WithSummary("One order (its customer or the store's staff)");
        orders.MapPost("/{id:guid}/cancel", CancelOrder.Handle).WithName("CancelOrder").WithSummary("Cancel before preparing; refunds if paid and restocks");
        orders.MapPost("/{id:guid}/prepare", FulfilOrder.Handler(FulfilOrder.Step.Prepare)).WithName("PrepareOrder")
            .WithSummary("Staff: start preparing a paid order");
        orders.MapPost("/{id:guid}/ready", FulfilOrder.Handler(FulfilOrder.Step.Ready)).WithName("MarkOrderReady").WithSummary("Staff: ready for pickup");
        orders.MapPost("/{id:guid}/out-for-delivery", FulfilOrder.Handler(FulfilOrder.Step.OutForDelivery)).WithName("SendOrderOutForDelivery")
            .WithSummary("Staff: out for delivery");
        orders.MapPost("/{id:guid}/delivered", FulfilOrder.Handler(FulfilOrder.Step.Delivered)).WithName("MarkOrderDelivered").WithSummary("Staff: delivered");
        orders.MapPost("/{id:guid}/hand-over", FulfilOrder.HandleHandOver).WithName("HandOverOrder")
            .WithSummary("Staff: hand over at the pickup point with the shopper's pickup code");
        orders.MapPost("/{id:guid}/refunds", RefundOrder.Handle).WithName("RefundOrder").WithMetadata(new IdempotentAttribute())
            .WithSummary("Staff: refund in full or per item, optionally restocking. Accepts Idempotency-Key.");

        app.MapGroup("/api/v1/price-quotes").WithTags("Orders").RequireAuthorization("api")
            .MapPost("/", QuotePrice.Handle).WithName("QuotePrice")
            .WithSummary("What an order would cost now, line by line: member price → special price → coupons → points");

        var store = app.MapGroup("/api/v1/stores/{storeId:guid}/orders").WithTags("Orders").RequireAuthorization("api");
        store.MapGet("/", StoreOrders.Handle).WithName("ListStoreOrders").WithSummary("Staff: the store's orders, open ones by default or by status");
        store.MapGet("/by-pickup-code/{code}", StoreOrders.HandleByPickupCode).WithName("FindOrderByPickupCode")
            .WithSummary("Staff: find the ready order a pickup code belongs to");
        app.MapGet("/api/v1/stores/{storeId:guid}/dashboard", StoreDashboard.Handle).WithName("GetStoreDashboard").WithTags("Back office")
            .RequireAuthorization("api")
            .WithSummary("Staff: today's sales, open orders by status, low stock");
        return app;
    }
}
