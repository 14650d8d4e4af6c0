namespace Plaza.IntegrationTests.Infrastructure;

/// <summary>Races: every call is made ready first, then all are let go at the same moment, as real clients arriving together.</summary>
internal static class AllAtOnce
{
    /// <summary>Calls <paramref name="call"/> for each item, all released together; the answers in the items' order.</summary>
    public static async Task<T[]> RaceAsync<TItem, T>(this IEnumerable<TItem> items, Func<TItem, Task<T>> call)
    {
        using var start = new SemaphoreSlim(0);
        var running = items.Select(async item =>
        {
            await start.WaitAsync();
            return await call(item);
        }).ToList();
        start.Release(running.Count);
        return await Task.WhenAll(running);
    }
}
