using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Communities;

internal static class CommunitiesModule
{
    public static WebApplicationBuilder AddCommunities(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, MembershipPersonalData>();
        builder.Services.AddScoped<ICommunityAccess, CommunityAccess>();
        builder.Services.AddShareTarget<CommunityShareTarget>("Community", order: 20);
        builder.Services.AddMenuEntry(Menus.Main, "Communities", "/communities", 20);
        return builder;
    }

    public static WebApplication MapCommunities(this WebApplication app)
    {
        var communities = app.MapGroup("/api/v1/communities").WithTags("Communities");
        communities.MapGet("/", ListCommunities.Handle).WithName("ListCommunities")
            .WithSummary("Public communities, biggest first: search by name (q), filter by kind or storeId, paged");
        communities.MapGet("/{key}", GetCommunity.Handle).WithName("GetCommunity")
            .WithSummary("One community by id or slug: about, rules, member count (private ones too)");
        communities.MapPost("/", CreateCommunity.Handle).WithName("CreateCommunity").RequireAuthorization("api")
            .WithSummary("Start a community; the caller becomes its owner (a store community only by that store's staff)");
        communities.MapPut("/{id:guid}", UpdateCommunity.Handle).WithName("UpdateCommunity").RequireAuthorization("api")
            .WithSummary("Change name, description, rules, visibility (owner or admin)");
        communities.MapPost("/{id:guid}/join", JoinCommunity.Handle).WithName("JoinCommunity").RequireAuthorization("api")
            .WithSummary("Join a public community, or ask to join a private one");
        communities.MapPost("/{id:guid}/leave", LeaveCommunity.Handle).WithName("LeaveCommunity").RequireAuthorization("api")
            .WithSummary("Leave, or withdraw a request to join; the only owner cannot leave");
        communities.MapGet("/{id:guid}/members", ListMembers.Handle).WithName("ListCommunityMembers").RequireAuthorization("api")
            .WithSummary("Active members with roles (a private community's only for its members)");
        communities.MapGet("/{id:guid}/members/me", GetCommunity.HandleMine).WithName("GetMyCommunityMembership").RequireAuthorization("api")
            .WithSummary("The caller's own membership and its status");
        communities.MapPut("/{id:guid}/members/{accountId:guid}/role", ChangeMemberRole.Handle).WithName("ChangeMemberRole").RequireAuthorization("api")
            .WithSummary("Make a member an owner, admin or member (owner)");
        communities.MapGet("/{id:guid}/requests", ListMembers.HandlePending).WithName("ListJoinRequests").RequireAuthorization("api")
            .WithSummary("Requests to join waiting for an answer (owner or admin)");
        communities.MapPost("/{id:guid}/requests/{accountId:guid}/approve", AnswerJoinRequest.HandleApprove).WithName("ApproveJoinRequest")
            .RequireAuthorization("api")
            .WithSummary("Let a request in (owner or admin)");
        communities.MapPost("/{id:guid}/requests/{accountId:guid}/reject", AnswerJoinRequest.HandleReject).WithName("RejectJoinRequest")
            .RequireAuthorization("api")
            .WithSummary("Turn a request down (owner or admin)");
        communities.MapPost("/{id:guid}/pin", PinCommunity.Handle).WithName("PinCommunity").RequireAuthorization("api")
            .WithSummary("Pin this as its store's own community (that store's staff)");
        return app;
    }
}
