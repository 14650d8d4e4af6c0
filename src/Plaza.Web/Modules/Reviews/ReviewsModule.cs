using Plaza.Web.Modules.Catalog.Contracts;

namespace Plaza.Web.Modules.Reviews;

/// <summary>
/// Reviews of verified purchases: stars, text and photos for lines of completed orders, the store's one
/// reply, helpful votes and each product's rating summary. Text passes the content pipeline (Moderation).
/// </summary>
internal static class ReviewsModule
{
    public static WebApplicationBuilder AddReviews(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, ReviewPersonalData>();
        builder.Services.AddScoped<Moderation.Contracts.IModeratedContent, ModeratedReviews>();
        builder.Services.AddScoped<Identity.Contracts.ITrustSignalSource, ReviewTrustSignals>();
        builder.Services.AddProductPageSection(new ProductPageSection("ProductReviews", Order: 10, ProductPageSlot.BelowProduct));
        return builder;
    }

    public static WebApplication MapReviews(this WebApplication app)
    {
        var reviews = app.MapGroup("/api/v1/reviews").WithTags("Reviews");
        reviews.MapPost("/", PostReview.Handle).WithName("PostReview").RequireAuthorization("api")
            .WithSummary("Review a line of one of my completed orders: stars 1–5 and optional text (once per line)");
        reviews.MapPut("/{id:guid}", EditReview.Handle).WithName("EditReview").RequireAuthorization("api")
            .WithSummary("Change my review's stars and text (within 7 days of posting)");
        reviews.MapPost("/{id:guid}/photos", UploadReviewPhoto.Handle).WithName("UploadReviewPhoto").RequireAuthorization("api").DisableAntiforgery()
            .WithSummary("Add a photo to my review: JPEG, PNG or WebP up to 5 MB, at most 6 (within 7 days)");
        reviews.MapPost("/{id:guid}/reply", ReplyToReview.Handle).WithName("ReplyToReview").RequireAuthorization("api")
            .WithSummary("The store answers a review, once (its staff)");
        reviews.MapPost("/{id:guid}/helpful", HelpfulVotes.HandleVote).WithName("VoteReviewHelpful").RequireAuthorization("api")
            .WithSummary("Mark a review helpful (once; not my own)");
        reviews.MapDelete("/{id:guid}/helpful", HelpfulVotes.HandleUnvote).WithName("WithdrawHelpfulVote").RequireAuthorization("api")
            .WithSummary("Take my helpful vote back");

        app.MapGet("/api/v1/products/{productId:guid}/reviews", ListProductReviews.Handle).WithName("ListProductReviews").WithTags("Reviews")
            .WithSummary("A product's rating summary and its published reviews, most helpful or newest first, paged");
        app.MapGet("/api/v1/me/reviewable", ListReviewable.Handle).WithName("ListReviewableLines").RequireAuthorization("api").WithTags("Reviews")
            .WithSummary("Lines of my completed orders I have not reviewed yet");
        return app;
    }
}
