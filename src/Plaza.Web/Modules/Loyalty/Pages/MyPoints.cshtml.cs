using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Loyalty.Pages;

/// <summary>The page form of GET /api/v1/points and POST /api/v1/points/check-ins.</summary>
[Authorize]
internal sealed class MyPointsModel(PointsBook book, PlazaDb db) : PageModel
{
    public PointsView Points { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Points = (await MyPoints.Execute(User.RequiredAccountId(), 50, book, db, ct)).Value!;

    public async Task<IActionResult> OnPostCheckInAsync(CancellationToken ct)
    {
        try
        {
            var done = await CheckIn.Execute(User.RequiredAccountId(), book, ct);
            Message = $"checked-in:{done.Points}";
        }
        catch (DomainException e) when (e.Code == "already_checked_in")
        {
            Message = "already";
        }
        return RedirectToPage();
    }

    public static string Zoned(DateTime utc) => utc.ToString("d MMM yyyy", System.Globalization.CultureInfo.CurrentCulture);
}
