using Microsoft.Extensions.Localization;

namespace Plaza.Web.Modules.Support.Pages;

/// <summary>How pages word what is stored as codes: system messages and statuses, in the reader's language.</summary>
internal static class SupportText
{
    public const string Welcome = "Ask a store about an order, your pickup code, a refund, your points or coupons: the assistant answers at once, "
        + "any hour, and a person at the store takes over when you need one.";

    public static string System(IStringLocalizer L, SupportMessageView m) => m.Text switch
    {
        SystemMessages.HandedOver => L["A person at the store will answer here."],
        SystemMessages.Joined => L["{0} joined the conversation.", m.AuthorName ?? L["Someone at the store"]],
        SystemMessages.Resolved => L["Marked as resolved."],
        SystemMessages.Reopened => L["The conversation is open again."],
        _ => m.Text,
    };

    public static string Status(IStringLocalizer L, ConversationStatus status) => status switch
    {
        ConversationStatus.Open => L["Conversation open"],
        ConversationStatus.Pending => L["Waiting for the customer"],
        ConversationStatus.Snoozed => L["Snoozed"],
        _ => L["Resolved"],
    };

    /// <summary>What the JavaScript needs to word live messages the same way.</summary>
    public static Dictionary<string, string> ForScript(IStringLocalizer L) => new()
    {
        [SystemMessages.HandedOver] = L["A person at the store will answer here."],
        [SystemMessages.Joined] = L["{0} joined the conversation.", "{0}"],
        [SystemMessages.Resolved] = L["Marked as resolved."],
        [SystemMessages.Reopened] = L["The conversation is open again."],
        ["someone"] = L["Someone at the store"], ["assistant"] = L["Assistant"], ["you"] = L["You"], ["typing"] = L["{0} is typing…", "{0}"],
        ["read"] = L["Read"], ["note"] = L["Internal note"], ["reconnecting"] = L["Reconnecting…"],
        // The inbox: its rows and the open conversation's line, as they change live, and what a saved reply left to fill in.
        ["status-open"] = Status(L, ConversationStatus.Open), ["status-pending"] = Status(L, ConversationStatus.Pending),
        ["status-snoozed"] = Status(L, ConversationStatus.Snoozed), ["status-resolved"] = Status(L, ConversationStatus.Resolved),
        ["with"] = L["With {0}", "{0}"], ["nobody"] = L["Nobody has it yet"], ["missing"] = L["Fill in by hand: {0}", "{0}"],
    };
}
