using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// The spam model learns from moderators, on every node every <c>Moderation:RetrainMinutes</c> (default 60):
/// <list type="number">
/// <item>the node adopts the newest stored version of its own base (<see cref="SpamModelVersion"/>) when it is newer
/// than the one judging, so every node judges with the version one of them trained;</item>
/// <item>when <c>Moderation:RetrainAfterLabels</c> (default 20) moderators' labels (<see cref="SpamLabel"/>) were decided
/// since that version (or, with none, at all), it trains a new version on the base corpora plus every label — a label
/// weighs <see cref="LabelWeight"/> corpus messages: they are few, recent and in Plaza's own words — stores it under the
/// next number and takes it over. Two nodes training at once cannot both store a number (it is the primary key): the
/// loser keeps its current model and adopts the winner's at its next sweep;</item>
/// <item>only the newest <see cref="SpamModelVersion.KeepModels"/> versions keep their bytes.</item>
/// </list>
/// </summary>
internal sealed class RetrainSpamModel(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<RetrainSpamModel> log) : PeriodicSweep(scopes, log)
{
    public const float LabelWeight = 3;
    public const int DefaultMinutes = 60, DefaultAfterLabels = 20;

    protected override TimeSpan Period => TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Moderation:RetrainMinutes", DefaultMinutes)));

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) => SweepAsync(services, ct);

    protected override void Report(int count) => log.LogInformation("Spam model: {Count} newer version(s) taken over", count);

    /// <returns>How many versions this node took over (adopted or trained).</returns>
    public static async Task<int> SweepAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PlazaDb>();
        var model = services.GetRequiredService<SpamModel>();
        if (model.Corpus is not { } corpus) return 0;
        var taken = 0;

        var latest = await db.Set<SpamModelVersion>().AsNoTracking().Where(v => v.BaseHash == corpus.Hash).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Version, v.LabelsUntilUtc }).FirstOrDefaultAsync(ct);
        if (latest is not null && latest.Number > model.CurrentNumber
            && await db.Set<SpamModelVersion>().Where(v => v.Number == latest.Number).Select(v => v.Model).SingleAsync(ct) is { } bytes
            && model.Use(SpamClassifier.Load(bytes, latest.Version, model.Hosts), latest.Number))
            taken++;

        var since = latest?.LabelsUntilUtc;
        var afterLabels = Math.Max(1, services.GetRequiredService<IConfiguration>().GetValue("Moderation:RetrainAfterLabels", DefaultAfterLabels));
        if (await db.Set<SpamLabel>().CountAsync(l => since == null || l.DecidedAtUtc > since, ct) < afterLabels) return taken;

        var labels = await db.Set<SpamLabel>().AsNoTracking().Select(l => new { l.Text, l.Spam, l.DecidedAtUtc }).ToListAsync(ct);
        var number = (await db.Set<SpamModelVersion>().MaxAsync(v => (int?)v.Number, ct) ?? 0) + 1;
        var started = Stopwatch.GetTimestamp();
        var examples = corpus.Messages.Select(m => (m, 1f)).Concat(labels.Select(l => (new LabelledMessage(l.Spam, l.Text), LabelWeight))).ToList();
        var classifier = await Task.Run(() => SpamClassifier.Train(examples, SpamModelVersion.VersionOf(number), model.Hosts), ct);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        db.Add(SpamModelVersion.Trained(number, corpus.Hash, labels.Count, labels.Max(l => l.DecidedAtUtc), now, seconds, classifier.Save()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return taken; // another node stored this number first
        }
        if (model.Use(classifier, number)) taken++;
        services.GetRequiredService<ILogger<RetrainSpamModel>>().LogInformation(
            "Spam model {Version} trained in {Seconds:0.0} s on {Messages} corpus messages and {Labels} moderators' labels",
            classifier.Version, seconds, corpus.Messages.Count, labels.Count);
        await db.Set<SpamModelVersion>().Where(v => v.Number <= number - SpamModelVersion.KeepModels && v.Model != null)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Model, (byte[]?)null), ct);
        return taken;
    }
}
