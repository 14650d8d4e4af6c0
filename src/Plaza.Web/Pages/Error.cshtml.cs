using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Plaza.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
internal sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }

    /// <summary>The status code when status-code pages re-run a failed request here (?code=404); null after an exception.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Code { get; set; }

    public void OnGet() => RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;

    // The exception handler re-runs the failed request's method here, so a failed form post lands here too.
    public void OnPost() => OnGet();
}
