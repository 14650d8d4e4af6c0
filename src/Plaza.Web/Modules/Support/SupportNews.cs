namespace Plaza.Web.Modules.Support;

/// <summary>
/// After a change is saved: sends its new messages and, when the conversation itself changed, its new state; when only the
/// customer wrote, the store's inbox still hears of it, so the conversation moves to the top of the list.
/// </summary>
internal sealed class SupportNews(SupportReader reader, SupportBroadcast broadcast)
{
    public async Task Tell(Conversation c, IReadOnlyList<SupportMessage> messages, bool changed, CancellationToken ct)
    {
        foreach (var view in await reader.Messages(messages, ct)) await broadcast.Message(c, view);
        if (changed)
            await broadcast.Changed((await reader.Views([c], forAgents: false, ct))[0], (await reader.Views([c], forAgents: true, ct))[0]);
        else if (messages.Any(m => m.Author == MessageAuthor.Customer)) await broadcast.Moved((await reader.Views([c], forAgents: true, ct))[0]);
    }

    /// <summary>A conversation was just opened: the store's inbox shows it (under "all" while the assistant has it).</summary>
    public async Task Opened(Conversation c, CancellationToken ct) => await broadcast.Moved((await reader.Views([c], forAgents: true, ct))[0]);
}
