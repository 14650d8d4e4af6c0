using System.Diagnostics;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// Trains the intent model in the background when the app starts, without holding the start-up, so the first shopper's
/// question does not wait for it. A failure (only a build without the embedded corpus could fail) is logged here, and
/// questions then throw the same error.
/// </summary>
internal sealed class IntentModelWarmUp(IIntentRecogniser recogniser, ILogger<IntentModelWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (recogniser is not IntentRecogniser { IsReady: false } model) return Task.CompletedTask;
        _ = Task.Run(() =>
        {
            try
            {
                var started = Stopwatch.GetTimestamp();
                model.Train();
                logger.LogInformation("Support intent model ready after {Milliseconds:0} ms: {Messages} messages, features {Features}",
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, IntentCorpus.Train.Count, IntentFeatures.Version);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning(e, "The support intent model could not be trained at start-up");
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
