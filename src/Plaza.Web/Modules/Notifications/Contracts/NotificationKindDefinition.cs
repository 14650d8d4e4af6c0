using Microsoft.Extensions.Localization;

namespace Plaza.Web.Modules.Notifications.Contracts;

/// <summary>
/// A kind of notification a module sends, registered from that module's own AddX() with
/// <see cref="NotificationKindRegistration.AddNotificationKind"/>, so Notifications knows no module's kinds.
/// </summary>
/// <param name="Name">
/// What <see cref="INotifier.Notify"/> is given and every notification and opt-out stores: a capital letter, then letters
/// and digits, at most 20 (the column). Never rename a kind: old rows keep the name.
/// </param>
/// <param name="Label">Its words on the preferences page, in English: the key of its translations.</param>
/// <param name="Order">Where it stands on the preferences page (and in the API's list of kinds), smallest first.</param>
/// <param name="Describe">The sentence a notification of this kind reads as, from its stored facts, in the reader's language.</param>
internal sealed record NotificationKindDefinition(string Name, string Label, int Order, Func<IStringLocalizer, NotificationData, string> Describe);
