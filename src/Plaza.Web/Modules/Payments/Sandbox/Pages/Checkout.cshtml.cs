using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Payments.Sandbox.Pages;

/// <summary>The sandbox provider's hosted payment page. It is deliberately not Plaza-branded.</summary>
[IgnoreAntiforgeryToken(Order = 1001)]
internal sealed class CheckoutModel(PlazaDb db, SandboxProvider sandbox) : PageModel
{
    public SandboxCheckout? Checkout { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        Checkout = await db.Set<SandboxCheckout>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return Checkout is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string decision, CancellationToken ct)
    {
        var checkout = await sandbox.Decide(id, decision == "approve", ct);
        if (checkout is null) return NotFound();
        var separator = checkout.ReturnUrl.Contains('?') ? '&' : '?';
        return LocalRedirect(checkout.ReturnUrl + separator + "outcome=" + (checkout.Status == SandboxCheckoutStatus.Approved ? "approved" : "declined"));
    }
}
