using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Support.ServiceLevels;
using Plaza.Web.Platform.Web;

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

    /// <summary>One target of a conversation for the store's people: "due Mon 7 Dec, 14:30", "met", "missed"; null when it does not apply.</summary>
    public static string? Target(IStringLocalizer L, TargetStatus t, TimeZoneInfo zone) => t.State switch
    {
        TargetState.Running => L["due {0}", StoreTime.When(t.DueAtUtc!.Value, zone)],
        TargetState.Paused => L["paused while waiting for the customer"],
        TargetState.Met => L["met"],
        TargetState.Missed => L["missed"],
        _ => null,
    };

    /// <summary>The inbox row's one line: what is late, else what falls due next.</summary>
    public static string? Urgent(IStringLocalizer L, ServiceLevel? level, TimeZoneInfo zone) => level switch
    {
        null => null,
        { Met: false } => L["Past its target"],
        { FirstResponse.State: TargetState.Running } l => L["Reply {0}", Target(L, l.FirstResponse, zone)!],
        { Resolution.State: TargetState.Running } l => L["Resolve {0}", Target(L, l.Resolution, zone)!],
        _ => null,
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
        ["past-target"] = L["Past its target"], ["reply-by"] = L["Reply {0}", "{0}"], ["resolve-by"] = L["Resolve {0}", "{0}"],
        ["due"] = L["due {0}", "{0}"],
    };
}
