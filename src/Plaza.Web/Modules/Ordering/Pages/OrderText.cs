using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Plaza.Web.Pages.Shared;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>
/// How the shopping and back-office pages write money, times and order states in plain words.
/// Labels are English keys translated through the localizer (Resources/es.json, zh-Hans.json).
/// </summary>
internal static class OrderText
{
    /// <summary>TempData key for a one-line "done" message shown on the next page.</summary>
    public const string NoticeKey = "Notice";

    /// <summary>TempData key for the value put in the notice's {0} (an order number, an amount).</summary>
    public const string NoticeArgumentKey = "NoticeArgument";

    /// <summary>TempData key for a one-line problem shown on the next page.</summary>
    public const string ProblemKey = "Problem";

    /// <summary>The store the shopper chose (set by the store pages).</summary>
    public const string StoreCookie = "plaza_store";

    public static Guid? ChosenStoreId(HttpRequest request) =>
        Guid.TryParse(request.Cookies[StoreCookie], out var id) ? id : null;

    /// <summary>"£12.34" (en), "12,34 £" (es): minor units written in the reader's culture (the shared MoneyFormat).</summary>
    public static string Money(long minor, string currency) => MoneyFormat.Format(minor, currency);

    /// <summary>Minor units as a plain number for a form field ("12.50"), as number inputs expect.</summary>
    public static string MajorText(long minor) => (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Pounds typed in a form as pence; null when missing, negative or absurd.</summary>
    public static long? ToMinor(decimal? major, string currency) => MoneyFormat.ToMinor(major, currency);

    /// <summary>A number typed in a form ("51.5072", or "51,5072"), read the same in every language; null when empty or not a number.</summary>
    public static decimal? ParseNumber(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>"Mon 3 Feb, 14:05" in the reader's language, in the store's time.</summary>
    public static string When(DateTime utc, TimeZoneInfo zone) =>
        Local(utc, zone).ToString(DateFormat() + ", HH:mm", CultureInfo.CurrentCulture);

    public static string Day(DateTime utc, TimeZoneInfo zone) =>
        Local(utc, zone).ToString(DateFormat(), CultureInfo.CurrentCulture);

    /// <summary>A delivery window: "Tue 4 Feb, 10:00–12:00".</summary>
    public static string Window(DateTime startUtc, DateTime endUtc, TimeZoneInfo zone) =>
        When(startUtc, zone) + "–" + Local(endUtc, zone).ToString("HH:mm", CultureInfo.CurrentCulture);

    private static string DateFormat() =>
        CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "zh" ? "M月d日 ddd" : "ddd d MMM";

    /// <summary>What the shopper and staff call each state.</summary>
    public static string StatusLabel(IStringLocalizer L, OrderStatus status, Fulfilment fulfilment) => status switch
    {
        OrderStatus.AwaitingPayment => L["Waiting for payment"],
        OrderStatus.Paid => L["Paid"],
        OrderStatus.Preparing => L["Being prepared"],
        OrderStatus.ReadyForPickup => L["Ready to collect"],
        OrderStatus.OutForDelivery => L["On its way"],
        OrderStatus.Completed => fulfilment == Ordering.Fulfilment.Pickup ? L["Collected"] : L["Delivered"],
        OrderStatus.Cancelled => L["Cancelled"],
        _ => status.ToString(),
    };

    /// <summary>The progress tracker's words for a step: the first one is "Ordered", not "Waiting for payment".</summary>
    public static string StepLabel(IStringLocalizer L, OrderStatus status, Fulfilment fulfilment) =>
        status == OrderStatus.AwaitingPayment ? L["Ordered"] : StatusLabel(L, status, fulfilment);

    /// <summary>A stable lower-case name for CSS and tests: "awaiting-payment", "ready-for-pickup".</summary>
    public static string StatusSlug(OrderStatus status) => status switch
    {
        OrderStatus.AwaitingPayment => "awaiting-payment",
        OrderStatus.Paid => "paid",
        OrderStatus.Preparing => "preparing",
        OrderStatus.ReadyForPickup => "ready-for-pickup",
        OrderStatus.OutForDelivery => "out-for-delivery",
        OrderStatus.Completed => "completed",
        OrderStatus.Cancelled => "cancelled",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string FulfilmentLabel(IStringLocalizer L, Fulfilment fulfilment) =>
        fulfilment == Ordering.Fulfilment.Pickup ? L["Pick up"] : L["Home delivery"];

    public static string PaymentLabel(IStringLocalizer L, PaymentState state) => state switch
    {
        PaymentState.Unpaid => L["Not paid"],
        PaymentState.Paid => L["Paid"],
        PaymentState.PartiallyRefunded => L["Partly refunded"],
        PaymentState.Refunded => L["Refunded"],
        _ => state.ToString(),
    };

    public static string ActorLabel(IStringLocalizer L, ActorKind actor, bool viewerIsCustomer) => actor switch
    {
        ActorKind.Shopper => viewerIsCustomer ? L["You"] : L["Customer"],
        ActorKind.Staff => L["Store staff"],
        ActorKind.Provider => L["Payment service"],
        _ => L["Plaza"],
    };

    /// <summary>The steps an order goes through, for the progress tracker.</summary>
    public static IReadOnlyList<OrderStatus> Steps(Fulfilment fulfilment) => fulfilment == Ordering.Fulfilment.Pickup
        ? [OrderStatus.AwaitingPayment, OrderStatus.Paid, OrderStatus.Preparing, OrderStatus.ReadyForPickup, OrderStatus.Completed]
        : [OrderStatus.AwaitingPayment, OrderStatus.Paid, OrderStatus.Preparing, OrderStatus.OutForDelivery, OrderStatus.Completed];

    /// <summary>"true" for aria-invalid when the field has an error; null leaves the attribute out.</summary>
    public static string? Invalid(ModelStateDictionary modelState, string key) =>
        modelState[key] is { Errors.Count: > 0 } ? "true" : null;

    /// <summary>The id of the field's error message (see Pages/Shared/_FieldError) for aria-describedby, or null.</summary>
    public static string? ErrorId(ModelStateDictionary modelState, string key) =>
        modelState[key] is { Errors.Count: > 0 } ? key.Replace('.', '_').Replace('[', '_').Replace(']', '_') + "-error" : null;

    /// <summary>
    /// Copies a use case's field errors ("skus[0].priceMinor") onto the page's input names
    /// ("Input.Skus[0].Price"); <paramref name="rename"/> maps API field names to form field names.
    /// </summary>
    public static void CopyErrors(IReadOnlyDictionary<string, string[]>? errors, ModelStateDictionary modelState, string prefix = "Input",
        IReadOnlyDictionary<string, string>? rename = null)
    {
        foreach (var (field, messages) in errors ?? new Dictionary<string, string[]>())
        {
            var parts = field.Split('.').Select(part =>
            {
                var bracket = part.IndexOf('[');
                var name = bracket < 0 ? part : part[..bracket];
                if (rename is not null && rename.TryGetValue(name, out var renamed)) name = renamed;
                name = name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : name;
                return bracket < 0 ? name : name + part[bracket..];
            });
            var key = prefix + "." + string.Join('.', parts);
            if (modelState[key] is { Errors.Count: > 0 }) continue; // the page already said what is wrong there
            foreach (var message in messages) modelState.AddModelError(key, message);
        }
    }
}
