using Plaza.Web.Modules.Sharing.Contracts;

namespace Plaza.Web.Modules.Sharing;

internal static class SharingModule
{
    public static WebApplicationBuilder AddSharing(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SharingOptions>(builder.Configuration.GetSection("Sharing"));
        builder.Services.AddSingleton<ShareTargetKinds>();
        builder.Services.AddScoped<ShareTargets>();
        builder.Services.AddScoped<IShareAttribution, ShareAttributions>();
        builder.Services.AddScoped<IShareReferrals, ShareReferrals>();
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, SharePersonalData>();
        return builder;
    }

    public static WebApplication MapSharing(this WebApplication app)
    {
        var links = app.MapGroup("/api/v1/share-links").WithTags("Sharing").RequireAuthorization("api");
        links.MapPost("/", CreateShareLink.Handle).WithName("CreateShareLink")
            .WithSummary(
                "My share link for a product (kind, targetId, storeId), or a community, team, bargain or coupon (kind, targetId): the same link every time");
        links.MapGet("/mine", ListMyShareLinks.Handle).WithName("ListMyShareLinks")
            .WithSummary("My share links, newest first, with visits, unique visitors (once a day each), sign-ups and orders by others");

        // Short public addresses for people and posters; not part of the JSON API.
        app.MapGet("/s/{code}", VisitShareLink.Handle).WithName("VisitShareLink").ExcludeFromDescription();
        app.MapGet("/s/{code}/qr.png", ShareQrCode.Handle).WithName("GetShareQrCode").ExcludeFromDescription();
        return app;
    }
}
