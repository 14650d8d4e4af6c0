namespace Plaza.Web.Modules.BackOffice;

/// <summary>Staff-facing views that read across modules (dashboard); the staff pages live here too.</summary>
internal static class BackOfficeModule
{
    public static WebApplication MapBackOffice(this WebApplication app)
    {
        app.MapGet("/api/v1/stores/{storeId:guid}/dashboard", StoreDashboard.Handle).WithTags("Back office").RequireAuthorization("api")
            .WithSummary("Staff: today's sales, open orders by status, low stock");
        return app;
    }
}
