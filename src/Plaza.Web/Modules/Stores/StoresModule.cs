using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Stores;

internal static class StoresModule
{
    public static WebApplicationBuilder AddStores(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<StoreDirectory>();
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, StaffPersonalData>();
        builder.Services.AddScoped<IStoreDirectory>(sp => sp.GetRequiredService<StoreDirectory>());
        builder.Services.AddScoped<IClaimsContributor>(sp => sp.GetRequiredService<StoreDirectory>());
        builder.Services.AddMenuEntry(Menus.Main, "Staff", "/staff", 70, visibleTo: MenuAudience.Staff);
        builder.Services.AddMenuEntry(Menus.Staff, "Store settings", "/staff/stores/{storeId}/settings", 80, testId: "nav-settings");
        return builder;
    }

    public static WebApplication MapStores(this WebApplication app)
    {
        var stores = app.MapGroup("/api/v1/stores").WithTags("Stores");
        stores.MapGet("/", ListStores.Handle).WithName("ListStores").WithSummary("Stores nearest to lat/lng, or matching q by name");
        stores.MapGet("/{id:guid}", GetStore.Handle).WithName("GetStore").WithSummary("A store with its pickup points");
        stores.MapGet("/{id:guid}/delivery-slots", GetStore.HandleSlots).WithName("ListDeliverySlots").WithSummary("Delivery windows that can still be booked");
        stores.MapPut("/{id:guid}", UpdateStoreSettings.Handle).WithName("UpdateStoreSettings").RequireAuthorization("api")
            .WithSummary("Change store settings (staff)");
        stores.MapPost("/{id:guid}/pickup-points", AddPickupPoint.Handle).WithName("AddPickupPoint").RequireAuthorization("api")
            .WithSummary("Add a pickup point (staff)");
        stores.MapDelete("/{id:guid}/pickup-points/{pointId:guid}", RetirePickupPoint.Handle).WithName("RetirePickupPoint").RequireAuthorization("api")
            .WithSummary("Retire a pickup point (staff)");
        stores.MapGet("/{id:guid}/staff", ListStoreStaff.Handle).WithName("ListStoreStaff").RequireAuthorization("api")
            .WithSummary("Who works at the store (staff or admin)");
        stores.MapPost("/{id:guid}/staff", AddStoreStaff.Handle).WithName("AddStoreStaff").RequireAuthorization("api")
            .WithSummary("Add a staff member by email or mobile number (staff or admin)");
        stores.MapDelete("/{id:guid}/staff/{accountId:guid}", RemoveStoreStaff.Handle).WithName("RemoveStoreStaff").RequireAuthorization("api")
            .WithSummary("Remove a staff member; the last one stays (staff or admin)");
        return app;
    }
}
