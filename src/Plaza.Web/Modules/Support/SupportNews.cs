namespace Plaza.Web.Modules.Support;

/// <summary>After a change is saved: sends its new messages and, when the conversation itself changed, its new state.</summary>
internal sealed class SupportNews(SupportReader reader, SupportBroadcast broadcast)
{
    public async Task Tell(Conversation c, IReadOnlyList<SupportMessage> messages, bool changed, CancellationToken ct)
    {
        foreach (var view in await reader.Messages(messages, ct)) await broadcast.Message(c, view);
        if (!changed) return;
        var forAgents = (await reader.Views([c], forAgents: true, ct))[0];
        await broadcast.Changed(SupportReader.ForCustomer(forAgents), forAgents);
    }
}
