using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Events;
using Plaza.Web.Platform.Idempotency;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Referral;

/// <summary>Promoters, bindings through share links, two-level commissions on completed orders, the wallet ledger.</summary>
internal static class ReferralModule
{
    public static WebApplicationBuilder AddReferral(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ReferralOptions>(builder.Configuration.GetSection("Referral"));
        builder.Services.AddScoped<ReferralBindings>();
        builder.Services.AddNotificationKind(PayoutNotificationKinds.Payout);
        builder.Services.AddScoped<IEventHandler<OrderStatusChanged>, EarnCommission>();
        builder.Services.AddScoped<IEventHandler<OrderRefunded>, ReverseCommission>();
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, ReferralPersonalData>();
        builder.Services.AddHostedService<ReleaseCommissions>();
        builder.Services.AddMenuEntry(Menus.Staff, "Referral commission", "/staff/stores/{storeId}/referral-rates", 90, testId: "nav-referral");
        builder.Services.AddMenuEntry(Menus.Admin, "Promoter withdrawals", "/admin/payouts", 20, testId: "nav-admin-payouts");
        return builder;
    }

    public static WebApplication MapReferral(this WebApplication app)
    {
        var referrals = app.MapGroup("/api/v1/referrals").WithTags("Referral").RequireAuthorization("api");
        referrals.MapPost("/promoter", BecomePromoter.Handle).WithName("BecomePromoter")
            .WithSummary("Become a promoter: 201, or 200 when already one. People who sign up through your share links then earn you commission");
        referrals.MapGet("/me", PromoterDashboard.Handle).WithName("GetPromoterDashboard")
            .WithSummary("My promoter dashboard: clicks, sign-ups, bound customers, orders, money frozen / available / withdrawn, recent commissions");
        referrals.MapPost("/withdrawals", RequestWithdrawal.Handle).WithName("RequestWithdrawal").WithMetadata(new IdempotentAttribute())
            .WithSummary("Ask for part of my wallet balance to be paid out (recorded as pending; 409 insufficient_balance). Accepts Idempotency-Key.");
        var desk = app.MapGroup("/api/v1/referrals/withdrawals").WithTags("Referral").RequireAuthorization("api-admin");
        desk.MapGet("", WithdrawalDesk.Handle).WithName("ListWithdrawals")
            .WithSummary("Admin: promoters' withdrawal requests by state (pending oldest first; paid or rejected newest first), 50 a page");
        desk.MapPost("/{id:guid}/paid", SettleWithdrawal.HandlePaid).WithName("MarkWithdrawalPaid")
            .WithSummary("Admin: record a pending withdrawal as paid out by hand, with the bank transfer's reference (409 withdrawal_settled)");
        desk.MapPost("/{id:guid}/rejection", SettleWithdrawal.HandleReject).WithName("RejectWithdrawal")
            .WithSummary("Admin: turn down a pending withdrawal with a reason; the amount goes back to the promoter's wallet (409 withdrawal_settled)");
        referrals.MapGet("/stores/{storeId:guid}/promoters", StorePromoters.Handle).WithName("ListStorePromoters")
            .WithSummary(
                "Staff: who sells for the store — per promoter, orders that earned at level 1, their sales and the commission at both levels, after refunds");
        referrals.MapGet("/stores/{storeId:guid}/rates", ListCommissionRates.Handle).WithName("ListCommissionRates")
            .WithSummary("Staff: the store's commission rates in basis points (default, per category, per product)");
        referrals.MapPut("/stores/{storeId:guid}/rates", SetCommissionRate.Handle).WithName("SetCommissionRate")
            .WithSummary("Staff: set a commission rate for level 1 and level 2 (scope default, category or product; the most specific wins)");
        referrals.MapDelete("/stores/{storeId:guid}/rates/{id:guid}", RemoveCommissionRate.Handle).WithName("RemoveCommissionRate")
            .WithSummary("Staff: remove a commission rate");
        return app;
    }
}
