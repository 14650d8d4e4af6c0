namespace Plaza.Web.Modules.Moderation;

/// <summary>One labelled message of a training corpus.</summary>
internal sealed record LabelledMessage(bool Spam, string Text);

/// <summary>
/// Multinomial naive Bayes over <see cref="SpamTokenizer"/> tokens, in log space with Laplace
/// (add-one) smoothing. Immutable once trained, so one instance serves every request thread.
/// Tokens never seen in training are ignored.
/// </summary>
internal sealed class SpamClassifier
{
    private readonly Dictionary<string, (double Spam, double Ham)> _logLikelihood;
    private readonly double _logPriorSpam;
    private readonly double _logPriorHam;

    private SpamClassifier(Dictionary<string, (double, double)> logLikelihood, double logPriorSpam, double logPriorHam)
    {
        _logLikelihood = logLikelihood;
        _logPriorSpam = logPriorSpam;
        _logPriorHam = logPriorHam;
    }

    public int Vocabulary => _logLikelihood.Count;

    public static SpamClassifier Train(IEnumerable<LabelledMessage> messages)
    {
        var counts = new Dictionary<string, (int Spam, int Ham)>(StringComparer.Ordinal);
        int spamMessages = 0, hamMessages = 0;
        long spamTokens = 0, hamTokens = 0;
        foreach (var message in messages)
        {
            if (message.Spam) spamMessages++; else hamMessages++;
            foreach (var token in SpamTokenizer.Tokenize(message.Text))
            {
                counts.TryGetValue(token, out var c);
                counts[token] = message.Spam ? (c.Spam + 1, c.Ham) : (c.Spam, c.Ham + 1);
                if (message.Spam) spamTokens++; else hamTokens++;
            }
        }
        if (spamMessages == 0 || hamMessages == 0)
            throw new InvalidDataException("A spam classifier needs both spam and ham messages to learn from.");

        double vocabulary = counts.Count;
        var logLikelihood = counts.ToDictionary(
            c => c.Key,
            c => (Math.Log((c.Value.Spam + 1) / (spamTokens + vocabulary)), Math.Log((c.Value.Ham + 1) / (hamTokens + vocabulary))),
            StringComparer.Ordinal);
        double total = spamMessages + hamMessages;
        return new SpamClassifier(logLikelihood, Math.Log(spamMessages / total), Math.Log(hamMessages / total));
    }

    /// <summary>P(spam | text) from the log-odds; the prior alone when no token is known.</summary>
    public double SpamProbability(string? text)
    {
        double spam = _logPriorSpam, ham = _logPriorHam;
        foreach (var token in SpamTokenizer.Tokenize(text))
        {
            if (!_logLikelihood.TryGetValue(token, out var l)) continue;
            spam += l.Spam;
            ham += l.Ham;
        }
        return 1 / (1 + Math.Exp(ham - spam));
    }
}
