namespace Plaza.BrowserTests.Infrastructure;

internal static class Eventually
{
    /// <summary>
    /// Asks again until the answer satisfies the condition (things that arrive later, such as the
    /// payment provider's webhook). The deadline is generous: it guards against hanging, it does not
    /// measure speed. Fails with the last answer seen.
    /// </summary>
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = await read();
            if (condition(value)) return value;
            if (DateTime.UtcNow > deadline)
                throw new ShouldAssertException($"Waited {timeoutSeconds}s for {what}; last seen: {value}");
            await Task.Delay(250);
        }
    }
}
