using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Social.Contracts;

namespace Plaza.Web.Modules.Social;

/// <summary>Follows of people and stores, their counts, and people's public profiles.</summary>
internal static class SocialModule
{
    public static WebApplicationBuilder AddSocial(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IFollowGraph, FollowGraph>();
        builder.Services.AddNotificationKind(FollowNotificationKinds.NewFollower);
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, FollowPersonalData>();
        return builder;
    }

    public static WebApplication MapSocial(this WebApplication app)
    {
        var follows = app.MapGroup("/api/v1/follows").WithTags("Social").RequireAuthorization("api");
        follows.MapPost("/", FollowSomeone.Handle).WithName("FollowSomeone")
            .WithSummary("Follow a person ({ accountId }) or a store ({ storeId }): 201, or 200 when already following; 409 cannot_follow_yourself");
        follows.MapDelete("/", UnfollowSomeone.Handle).WithName("UnfollowSomeone")
            .WithSummary("Stop following a person or store (body or query accountId/storeId); 204 even when you did not follow it");
        follows.MapGet("/following", ListFollowing.HandleMine).WithName("ListMyFollowing")
            .WithSummary("People and stores the caller follows, newest first, paged");
        follows.MapGet("/followers", ListFollowers.HandleMine).WithName("ListMyFollowers")
            .WithSummary("People who follow the caller, newest first, paged (display names only)");

        var profiles = app.MapGroup("/api/v1/profiles").WithTags("Social");
        profiles.MapGet("/{accountId:guid}", GetProfile.Handle).WithName("GetProfile")
            .WithSummary("A person's public profile: name, member since, counts, stores followed, whether I follow them");
        profiles.MapGet("/{accountId:guid}/followers", ListFollowers.Handle).WithName("ListFollowers")
            .WithSummary("Who follows this person, newest first, paged (display names only)");
        profiles.MapGet("/{accountId:guid}/following", ListFollowing.Handle).WithName("ListFollowing")
            .WithSummary("Whom this person follows, newest first, paged (display names only)");

        app.MapGet("/api/v1/stores/{id:guid}/social", GetStoreSocial.Handle).WithName("GetStoreSocial").WithTags("Social")
            .WithSummary("A store's follower count and whether I follow it");
        return app;
    }
}
