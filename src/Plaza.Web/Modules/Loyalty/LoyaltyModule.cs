using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Reviews.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Events;
using Plaza.Web.Platform.Idempotency;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>
/// Loyalty: a points ledger (earned on completed orders, reviews with photos, daily check-ins and
/// invitations; spent at checkout up to a cap; expiring; reversed on refunds) and membership tiers by
/// growth value with a points multiplier, a member price and free delivery; an optional paid membership
/// card that gives a tier's benefits while valid, paid through Payments (ADR 0013). Takes part in checkout
/// pricing at stage 1 (member price) and stage 4 (free delivery, then points) — ADR 0011.
/// </summary>
internal static class LoyaltyModule
{
    public static WebApplicationBuilder AddLoyalty(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<LoyaltyOptions>(builder.Configuration.GetSection("Loyalty"));
        builder.Services.AddScoped<PointsBook>();
        builder.Services.AddScoped<Contracts.ILoyaltyPoints, LoyaltyPoints>();
        builder.Services.AddScoped<IPriceRule, MemberPriceRule>();
        builder.Services.AddScoped<Payments.Contracts.IPayableSource, CardPayments>();
        builder.Services.AddScoped<IPriceRule, PointsRule>();
        builder.Services.AddScoped<IEventHandler<OrderStatusChanged>, OrderPoints>();
        builder.Services.AddScoped<IEventHandler<OrderRefunded>, OrderPoints>();
        builder.Services.AddScoped<IEventHandler<ReviewPublished>, ReviewPoints>();
        builder.Services.AddScoped<IEventHandler<SignedUpThroughShareLink>, InvitationPoints>();
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, LoyaltyPersonalData>();
        builder.Services.AddHostedService<ExpirePoints>();
        return builder;
    }

    public static WebApplication MapLoyalty(this WebApplication app)
    {
        var points = app.MapGroup("/api/v1/points").WithTags("Loyalty").RequireAuthorization("api");
        points.MapGet("/", MyPoints.Handle).WithName("GetMyPoints")
            .WithSummary("My points: balance, what expires soon, whether I checked in today, and the history newest first (limit 1–100, default 50)");
        points.MapPost("/check-ins", CheckIn.Handle).WithName("CheckIn")
            .WithSummary("Check in for today (once per day): a few points and growth value; 409 already_checked_in");

        var memberships = app.MapGroup("/api/v1/memberships").WithTags("Loyalty");
        memberships.MapGet("/tiers", MyMembership.HandleTiers).WithName("ListMembershipTiers")
            .WithSummary("The membership tiers with their growth thresholds and benefits");
        memberships.MapGet("/me", MyMembership.Handle).WithName("GetMyMembership").RequireAuthorization("api")
            .WithSummary("My tier, growth value, progress to the next tier and my benefits (points multiplier, member price, free delivery); my paid card " +
                "while valid and the effective tier");
        memberships.MapGet("/card", GetMembershipCardOffer.Handle).WithName("GetMembershipCardOffer")
            .WithSummary("The paid membership card on sale: its name, the tier whose benefits it gives, its plans (days, price); 404 when not offered");
        memberships.MapPost("/card-purchases", BuyMembershipCard.Handle).WithName("BuyMembershipCard").RequireAuthorization("api")
            .WithMetadata(new IdempotentAttribute())
            .WithSummary("Buy the paid membership card ({plan}, default the first plan): a pending purchase, to pay with POST /api/v1/payments " +
                "{membershipCardPurchaseId}. "
                         + "The card becomes active only when the provider confirms the payment. 409 card_not_offered. Accepts Idempotency-Key.");
        memberships.MapGet("/card-purchases/{id:guid}", GetMembershipCardPurchase.Handle).WithName("GetMembershipCardPurchase").RequireAuthorization("api")
            .WithSummary("One of my card purchases: pending, or paid with the validity it added (404 for anyone else's)");
        return app;
    }
}
