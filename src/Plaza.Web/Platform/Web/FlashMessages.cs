using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Plaza.Web.Platform.Web;

/// <summary>
/// A one-line message carried to the next page through TempData ("Saved", "Order {0} cancelled"), shown by the
/// layout's notice area. English keys, translated where shown.
/// </summary>
internal static class FlashMessages
{
    /// <summary>TempData key for a one-line "done" message shown on the next page.</summary>
    public const string NoticeKey = "Notice";

    /// <summary>TempData key for the value put in the notice's {0} (an order number, an amount).</summary>
    public const string NoticeArgumentKey = "NoticeArgument";

    /// <summary>TempData key for a one-line problem shown on the next page.</summary>
    public const string ProblemKey = "Problem";

    /// <summary>A "done" message for the next page; {0} in the English text is filled with <paramref name="argument"/>.</summary>
    public static void Notice(this ITempDataDictionary tempData, string message, string? argument = null)
    {
        tempData[NoticeKey] = message;
        tempData[NoticeArgumentKey] = argument;
    }

    /// <summary>A problem for the next page.</summary>
    public static void Problem(this ITempDataDictionary tempData, string message) => tempData[ProblemKey] = message;
}
