namespace Plaza.Web.Modules.Moderation;

/// <summary>Starts training the base spam model when the app starts, without waiting for it (<see cref="SpamModel"/>).</summary>
internal sealed class SpamModelStartup(SpamModel model) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        model.StartTraining();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
