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
        var forAgents = changed || messages.Any(m => m.Author == MessageAuthor.Customer) ? (await reader.Views([c], forAgents: true, ct))[0] : null;
        if (changed) await broadcast.Changed(SupportReader.ForCustomer(forAgents!), forAgents!);
        else if (forAgents is not null) await broadcast.Moved(forAgents);
    }

    /// <summary>A conversation was just opened: the store's inbox shows it (under "all" while the assistant has it).</summary>
    public async Task Opened(Conversation c, CancellationToken ct) => await broadcast.Moved((await reader.Views([c], forAgents: true, ct))[0]);
}
