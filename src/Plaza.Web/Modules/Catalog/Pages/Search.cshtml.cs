using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Plaza.Web.Modules.Stores.Contracts;

namespace Plaza.Web.Modules.Catalog.Pages;

/// <summary>Search always happens in one store: send the words to the chosen store, or ask to choose one.</summary>
internal sealed class SearchModel : PageModel
{
    public IActionResult OnGet(string? q)
    {
        if (ChosenStore.Id(Request) is not { } storeId) return Redirect("/");
        var target = $"/stores/{storeId}";
        return Redirect(string.IsNullOrWhiteSpace(q) ? target + "#search" : QueryHelpers.AddQueryString(target, "q", q.Trim()));
    }
}
