using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Plaza.Web.Modules.Moderation;

namespace Plaza.UnitTests.Moderation;

public sealed class EvaluateSpamCommandTests
{
    private static SpamModel Model() =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Moderation:SpamCorpusPath"] = "/nonexistent" }).Build(),
        new HostingEnvironment { ContentRootPath = AppContext.BaseDirectory }, PlatformHosts.Default, NullLogger<SpamModel>.Instance);

    [Fact]
    public async Task It_trains_on_the_training_parts_and_scores_the_held_out_SMS_and_the_shop_test_part_per_language()
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"sms-{Guid.NewGuid():N}.tsv");
        await File.WriteAllLinesAsync(corpus, Enumerable.Range(0, 40)
            .Select(i => i % 4 == 0 ? $"spam\tWIN a cash prize {i}, call 0906170{i:0000} now" : $"ham\tSee you at the market at {i}"));
        var output = new StringWriter();
        try
        {
            (await new EvaluateSpamCommand(Model(), output).RunAsync(null!, ["evaluate", "--corpus", corpus, "--folds", "0"], default)).ShouldBe(0);
        }
        finally
        {
            File.Delete(corpus);
        }

        var report = output.ToString();
        report.ShouldContain("Training: SMS 32 (8 spam) + shop comments 419 (146 spam)");
        report.ShouldContain("Never trained on: SMS 8 (2 spam); shop comments 264 (90 spam)");
        report.ShouldContain("SMS held-out part:");
        foreach (var language in new[] { "en", "es", "zh" }) report.ShouldContain($"Shop comments, test part, {language}:");
        report.ShouldContain("MCC refused");
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("evaluate", "--trainer", "forest")]
    [InlineData("evaluate", "--folds", "1")]
    [InlineData("evaluate", "--corpus", "/nonexistent/file.tsv")]
    public async Task Wrong_arguments_answer_2(params string[] args)
    {
        (await new EvaluateSpamCommand(Model(), new StringWriter()).RunAsync(null!, args, default)).ShouldBe(2);
    }
}
