namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>What <see cref="IIntentRecogniser"/> made of one message.</summary>
/// <param name="Intent">What the message asks for; <see cref="SupportIntent.Unknown"/> when not sure enough, which hands over to a person.</param>
/// <param name="Confidence">0..1: the classifier's probability, at least <see cref="IntentRecogniser.RuleConfidence"/> when a rule named the intent.</param>
/// <param name="Language">"en", "es" or "zh": what to answer in (<see cref="MessageLanguage"/>).</param>
/// <param name="OrderNumber">A Plaza order number in the message ("PZ-7KQ3MX2A"), or null (<see cref="OrderNumbers"/>). The answering side must
/// check that the order is the asking shopper's before saying anything about it.</param>
internal sealed record IntentRecognition(SupportIntent Intent, double Confidence, string Language, string? OrderNumber);

/// <summary>Recognises what a shopper's message to a store asks for. Thread-safe; register with <c>services.AddSupportAssistant()</c>.</summary>
internal interface IIntentRecogniser
{
    /// <summary>
    /// The intent, confidence, language and order number of <paramref name="text"/>. Microseconds of CPU once the model is
    /// trained; the first call waits for the training if the app's start-up has not finished it (a fraction of a second).
    /// </summary>
    IntentRecognition Recognise(string? text);
}

/// <summary>
/// Rules first (<see cref="IntentRules"/>: narrow phrases believed over the model), else the classifier
/// (<see cref="IntentClassifier"/>, trained on the corpus's train part only, once per process). An answer below
/// <see cref="Threshold"/> becomes <see cref="SupportIntent.Unknown"/>: a wrong answer costs the shopper more than a person taking over.
/// </summary>
internal sealed class IntentRecogniser : IIntentRecogniser
{
    /// <summary>
    /// Below this the assistant hands over. Chosen on out-of-fold scores of the train part (bench/README.md,
    /// "Support assistant: intent recognition"): at 0.5 about 2.5 % of the answers it gives are about the wrong thing
    /// (3 % on the held-out test part) and about 6–10 % of the questions it could answer go to a person.
    /// </summary>
    public const double Threshold = 0.5;

    /// <summary>The least confidence of an intent a rule named: the rules were right on 99.5 % of the held-out messages they matched.</summary>
    public const double RuleConfidence = 0.9;

    /// <summary>Longer messages are cut here: what a shopper asks is in the first lines, and it bounds the work per message.</summary>
    public const int MaxLength = 1000;

    /// <summary>The model of the embedded corpus, the same for every instance, so app instances in one process (tests) train it once.</summary>
    private static readonly Lazy<IntentClassifier> Trained = new(() => IntentClassifier.Train(IntentCorpus.Train));

    private readonly Lazy<IntentClassifier> _classifier;

    public IntentRecogniser() => _classifier = Trained;

    /// <summary>With another classifier (cross-validation in the bench and tests).</summary>
    internal IntentRecogniser(IntentClassifier classifier) => _classifier = new(classifier);

    /// <summary>Whether the model is trained (start-up trains it in the background, <see cref="IntentModelWarmUp"/>).</summary>
    public bool IsReady => _classifier.IsValueCreated;

    public IntentRecognition Recognise(string? text)
    {
        var s = Cut(text);
        var (intent, confidence) = Guess(s);
        return new(confidence >= Threshold ? intent : SupportIntent.Unknown, confidence, MessageLanguage.Detect(s), OrderNumbers.Find(s));
    }

    /// <summary>The best intent and its confidence before <see cref="Threshold"/> is applied; Unknown at 0 for an empty message.</summary>
    internal (SupportIntent Intent, double Confidence) Guess(string? text)
    {
        var s = Cut(text);
        if (string.IsNullOrWhiteSpace(s)) return (SupportIntent.Unknown, 0);
        var probabilities = _classifier.Value.Probabilities(s);
        if (IntentRules.Match(s) is { } rule)
            return (rule, Math.Max(RuleConfidence, probabilities[IntentClassifier.ClassOf(rule)]));
        return IntentClassifier.Best(probabilities);
    }

    private static string? Cut(string? text) => text is { Length: > MaxLength } ? text[..MaxLength] : text;

    /// <summary>Trains the shared model now, if it is not trained yet.</summary>
    internal void Train() => _ = _classifier.Value;
}
