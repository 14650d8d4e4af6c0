namespace Plaza.Web.Modules.Reviews.Pages;

/// <summary>What the product page's reviews section shows, and where its forms come back to.</summary>
internal sealed record ProductReviewsSection(ProductReviewsPage Reviews, string ReturnUrl);

internal static class ReviewStars
{
    /// <summary>Decorative ★★★☆☆; the number is always also given as text.</summary>
    public static string Glyphs(int stars) => new string('★', Math.Clamp(stars, 0, 5)) + new string('☆', 5 - Math.Clamp(stars, 0, 5));
}
