namespace Plaza.Web.Modules.Payments.Contracts;

/// <summary>
/// The wait between the shopper coming back from the provider and the provider's signed webhook, shared by every
/// payment return page (orders, membership cards; each belongs to its bill's module, ADR 0013). The page reloads itself
/// every <see cref="RefreshSeconds"/> seconds until the webhook has landed, for at most <see cref="MaxChecks"/> checks;
/// then it says it is taking long and offers "Check again". Render it with the partial
/// <c>/Modules/Payments/Contracts/_PaymentWaiting.cshtml</c>. It is Payments' contract, not Platform's, because what it
/// tells the shopper (the payment is safe, nobody is charged twice) is Payments' promise.
/// </summary>
internal static class PaymentWaiting
{
    public const int RefreshSeconds = 2;
    public const int MaxChecks = 15;

    /// <summary>What the _PaymentWaiting partial shows: the bill in a line, where "Check again" goes, and a way out.</summary>
    public sealed record View(bool TakingLong, string Summary, string CheckAgainUrl, string BackUrl, string BackLabel);

    /// <summary>
    /// Schedules the next reload (check number <paramref name="check"/> + 1 at <paramref name="checkUrl"/>), or,
    /// after <see cref="MaxChecks"/>, stops. Returns true when it stopped: the wait is taking long.
    /// </summary>
    public static bool TakingLong(HttpResponse response, int? check, Func<int, string> checkUrl)
    {
        var checks = Math.Clamp(check ?? 0, 0, MaxChecks);
        if (checks >= MaxChecks) return true;
        // The HTTP Refresh header reloads like <meta http-equiv="refresh"> but is not a timed-refresh
        // element an accessibility audit objects to; it stops after MaxChecks.
        response.Headers["Refresh"] = $"{RefreshSeconds}; url={checkUrl(checks + 1)}";
        return false;
    }
}
