namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// A spam model retrained with moderators' labels (<see cref="RetrainSpamModel"/>), stored so that every app node judges
/// with the same one. <see cref="Number"/> is the primary key: when two nodes train at once, only one can write the
/// next number and the other adopts it. <see cref="BaseHash"/> names the corpora it was trained on beside the labels
/// (<see cref="SpamModel.Corpus"/>): a node only adopts versions of its own base. Only the newest few keep their bytes.
/// </summary>
internal sealed class SpamModelVersion
{
    public const int KeepModels = 3;

    private SpamModelVersion() { }

    public int Number { get; private set; }
    /// <summary>"v" and the number: what decisions record.</summary>
    public string Version { get; private set; } = "";
    public string BaseHash { get; private set; } = "";
    /// <summary>How many moderators' labels it learnt from, and when the newest of them was decided.</summary>
    public int Labels { get; private set; }
    public DateTime? LabelsUntilUtc { get; private set; }
    public DateTime TrainedAtUtc { get; private set; }
    public double TrainingSeconds { get; private set; }
    public byte[]? Model { get; private set; }

    public static string VersionOf(int number) => $"v{number}";

    public static SpamModelVersion Trained(int number, string baseHash, int labels, DateTime? labelsUntil, DateTime now, double seconds, byte[] model) => new()
    {
        Number = number, Version = VersionOf(number), BaseHash = baseHash, Labels = labels, LabelsUntilUtc = labelsUntil, TrainedAtUtc = now,
        TrainingSeconds = seconds, Model = model,
    };
}
