using System.Net;

namespace Plaza.Web.Modules.Moderation.Contracts;

/// <summary>
/// The one pipeline everything people write passes before others see it (notes, comments, reviews,
/// chat...). <see cref="Check"/> decides; <see cref="RenderMarkdown"/> turns a Markdown body into HTML
/// that is safe to put in a page as is. Plain-text fields are never rendered: encode them
/// (<see cref="PlainText.Encode"/>, or let Razor's <c>@value</c> do it).
/// </summary>
internal interface IContentPipeline
{
    /// <summary>Rules first on the normalised text (length, dangerous characters, word list, off-platform payment and contact,
    /// crypto scams, links and look-alike links, emoji floods), then the spam model.</summary>
    Task<ContentVerdict> Check(ContentSubmission submission, CancellationToken ct);

    /// <summary>Markdown with raw HTML disabled, then an allow-list of elements, attributes and URL schemes.</summary>
    string RenderMarkdown(string markdown);
}

internal enum ContentKind { Note, Comment, Review, Chat, Message, Profile }

/// <summary>
/// What someone wants to publish. <paramref name="TrustLevel"/> is the author's standing, as on
/// Discourse: 0 new, 1 basic, 2 member, 3 regular (stored and grown by Identity; <see cref="ContentCheck"/> passes it in).
/// Any of the three texts may be null; the pipeline checks the ones given.
/// </summary>
internal sealed record ContentSubmission(
    Guid AuthorId,
    int TrustLevel,
    ContentKind Kind,
    string? Title = null,
    string? Markdown = null,
    string? PlainText = null);

internal enum ContentDecision
{
    /// <summary>Others may see it now.</summary>
    Allow,
    /// <summary>Stored, but waits for a moderator before others see it.</summary>
    Hold,
    /// <summary>Refused: the author is told why (the reasons) and may change it.</summary>
    Reject,
}

/// <summary>A stable <paramref name="Code"/> (see <see cref="ContentReasons"/>) and the field it is about: title, markdown or plainText.</summary>
internal sealed record ContentReason(string Code, string Field);

/// <summary>
/// The decision, every reason behind it, the spam model's probability (0..1) and the model version that gave it —
/// both null when no model was available (no corpus, still training) or reached (a rule already refused the content).
/// </summary>
internal sealed record ContentVerdict(ContentDecision Decision, IReadOnlyList<ContentReason> Reasons, double? SpamProbability, string? ModelVersion = null)
{
    public bool Allowed => Decision == ContentDecision.Allow;
}

/// <summary>The stable reason codes a verdict carries; clients and the moderation queue rely on them.</summary>
internal static class ContentReasons
{
    public const string Empty = "empty";
    public const string TooLong = "too_long";
    public const string ControlCharacters = "control_characters";
    public const string BidiOverride = "bidi_override";
    public const string EmojiFlood = "emoji_flood";
    public const string BlockedWord = "blocked_word";
    public const string TooManyLinks = "too_many_links";
    public const string LookAlikeLink = "look_alike_link";
    public const string OffPlatformPayment = "off_platform_payment";
    public const string InvestmentScam = "investment_scam";
    /// <summary>Held, not refused: an invitation to carry on the conversation elsewhere.</summary>
    public const string OffPlatformContact = "off_platform_contact";
    public const string SpamSuspected = "spam_suspected";
    public const string SpamLikely = "spam_likely";
}

/// <summary>Plain-text fields go into HTML only encoded: markup and scripts show as harmless text.</summary>
internal static class PlainText
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
