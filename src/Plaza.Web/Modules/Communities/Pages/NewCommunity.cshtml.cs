using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Communities.Pages;

/// <summary>Start a community: name, kind (a store's only for its staff), who may join, about and rules.</summary>
[Authorize]
internal sealed class NewCommunityModel(PlazaDb db, IStoreDirectory stores, TimeProvider clock) : PageModel
{
    public sealed class CommunityInput
    {
        public string? Name { get; set; }
        public string? Kind { get; set; } = "theme";
        public Guid? StoreId { get; set; }
        public string? Visibility { get; set; } = "public";
        public string? Description { get; set; }
        public string? Rules { get; set; }
    }

    [BindProperty]
    public CommunityInput Input { get; set; } = new();

    /// <summary>The stores the signed-in person works at: they may start those stores' communities.</summary>
    public IReadOnlyList<StoreTerms> MyStores { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadStores(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadStores(ct);
        ModelState.Clear();
        if (Input.Kind != "store") Input.StoreId = null;
        try
        {
            var outcome = await CreateCommunity.Execute(
                new CreateCommunity.CreateCommunityRequest(Input.Name, Input.Description, Input.Kind, Input.StoreId, Input.Visibility, Input.Rules),
                User, db, stores, clock, ct);
            if (outcome.Ok)
            {
                TempData[FlashMessages.NoticeKey] = "Your community is ready. Invite your neighbours.";
                return LocalRedirect($"/communities/{outcome.Value!.Slug}");
            }
            FormErrors.CopyErrors(outcome.Errors, ModelState);
        }
        catch (ForbiddenException)
        {
            ModelState.AddModelError("Input.StoreId", "Only the staff of a store can start its community.");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return Page();
    }

    private async Task LoadStores(CancellationToken ct)
    {
        var mine = new List<StoreTerms>();
        foreach (var id in User.StaffStores())
            if (await stores.Terms(id, ct) is { } terms) mine.Add(terms);
        MyStores = mine.OrderBy(s => s.Name).ToList();
    }
}
