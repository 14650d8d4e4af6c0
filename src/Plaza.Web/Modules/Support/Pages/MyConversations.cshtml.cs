using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support.Pages;

/// <summary>/support: the shopper's conversations with stores, newest first, and how to start one.</summary>
[Authorize]
internal sealed class MyConversationsModel(PlazaDb db, SupportReader reader) : PageModel
{
    public IReadOnlyList<ConversationView> Conversations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Conversations = await reader.Views(await ListConversations.Mine(User.RequiredAccountId(), db, ct), forAgents: false, ct);
}
