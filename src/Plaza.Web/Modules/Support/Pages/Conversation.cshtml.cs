using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Support.ServiceLevels;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.Pages;

/// <summary>
/// /support/{id}: the shopper's conversation with a store — messages and the assistant's cards, a box to write, "Talk to a
/// person" while the assistant has it, "my question is answered", and the rating once resolved. Live over the hub (wwwroot/js/support-chat.js); every
/// action also works as a plain form post.
/// </summary>
[Authorize]
internal sealed class ConversationPageModel(PlazaDb db, SupportReader reader, PostCustomerMessage post, AskForPerson ask, SupportNews news,
    PhotoStorage storage, AgentSeats seats, ServiceLevelReader levels, TimeProvider clock) : PageModel
{
    public ConversationDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await reader.Find(id, ct) is not { } c || !SupportAccess.CanSee(c, User)) return NotFound();
        if (!SupportAccess.IsCustomer(c, User)) return LocalRedirect($"/staff/stores/{c.StoreId}/support?c={c.Id}");
        Detail = await reader.Detail(c, forAgents: false, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid id, string? text, IFormFile? photo, CancellationToken ct)
    {
        var outcome = photo is not null && PhotoStorage.IsChosen(photo)
            ? await PostPhoto.Execute(id, photo, text, User, db, storage, post, seats, news, reader, clock, ct)
            : await post.Execute(id, text, null, User, ct);
        if (outcome is null) return NotFound();
        if (!outcome.Value.Ok) TempData.Problem(outcome.Value.Errors!.Values.First()[0]);
        return LocalRedirect($"/support/{id}");
    }

    public async Task<IActionResult> OnPostPersonAsync(Guid id, CancellationToken ct) =>
        await ask.Execute(id, User, ct) is null ? NotFound() : LocalRedirect($"/support/{id}");

    public async Task<IActionResult> OnPostResolveAsync(Guid id, CancellationToken ct) =>
        await CustomerResolves.Execute(id, User, db, seats, news, levels, clock, ct) is null ? NotFound() : LocalRedirect($"/support/{id}");

    public async Task<IActionResult> OnPostRateAsync(Guid id, int? stars, string? comment, CancellationToken ct)
    {
        try
        {
            if (await RateConversation.Execute(id, new(stars, comment), User, db, news, ct) is not { } outcome) return NotFound();
            if (outcome.Ok) TempData.Notice("Thank you for your rating");
            else TempData.Problem(outcome.Errors!.Values.First()[0]);
        }
        catch (Platform.Errors.DomainException e)
        {
            TempData.Problem(e.Message);
        }
        return LocalRedirect($"/support/{id}");
    }
}
