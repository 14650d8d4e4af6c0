using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.Pages;

/// <summary>
/// Back office: the store's saved replies for customer service — add one, change one (<c>?edit={id}</c>), delete one — with the
/// variables a text may use. The page form of /api/v1/support/stores/{storeId}/canned-replies.
/// </summary>
internal sealed class StaffCannedRepliesModel(PlazaDb db, IStoreDirectory stores, TimeProvider clock) : StaffPageModel
{
    public sealed class ReplyInput
    {
        /// <summary>The reply being changed; null for a new one.</summary>
        public Guid? Id { get; set; }
        public string? Title { get; set; }
        public string? Body { get; set; }
    }

    /// <summary>The variables and what each is filled with, for the form's help.</summary>
    public static readonly (string Name, string Meaning)[] Variables =
    [
        (CannedReply.CustomerName, "The customer's name"),
        (CannedReply.OrderNumber, "The order the conversation is about, else the customer's latest order here"),
        (CannedReply.PickupCode, "That order's pickup code, once it is paid"),
        (CannedReply.StoreName, "The store's name"),
    ];

    [BindProperty] public ReplyInput Input { get; set; } = new();
    public string StoreName { get; private set; } = "";
    public IReadOnlyList<CannedReply> Replies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? edit, CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        if (Replies.FirstOrDefault(r => r.Id == edit) is { } editing) Input = new() { Id = editing.Id, Title = editing.Title, Body = editing.Body };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        try
        {
            var outcome = await SaveCannedReply.Execute(StoreId, Input.Id, new(Input.Title, Input.Body), User, db, clock, ct);
            if (outcome is not { } o) Problem("That saved reply is no longer there.");
            else if (!o.Ok)
            {
                o.CopyTo(ModelState);
                return Page();
            }
            else Notice("Saved reply kept.");
        }
        catch (DomainException e)
        {
            Problem(e.Message);
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        if (await DeleteCannedReply.Execute(StoreId, id, User, db, ct)) Notice("Saved reply deleted.");
        return RedirectToPage();
    }

    private async Task<bool> Load(CancellationToken ct)
    {
        if (await stores.Terms(StoreId, ct) is not { } store) return false;
        StoreName = store.Name;
        Replies = await ListCannedReplies.Execute(StoreId, db, ct);
        return true;
    }
}
