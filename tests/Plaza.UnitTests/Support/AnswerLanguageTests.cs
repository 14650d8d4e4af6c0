using System.Globalization;
using Plaza.Web.Modules.Support.Assistant;
using Plaza.Web.Platform.Localization;

namespace Plaza.UnitTests.Support;

public sealed class AnswerLanguageTests
{
    [Theory]
    [InlineData("es", "es")]
    [InlineData("zh-Hans", "zh-Hans")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("fr", "en")]
    [InlineData(null, "en")]
    public void An_answer_is_written_in_the_askers_culture_and_the_callers_culture_comes_back_after(string? asked, string used)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

        using (CultureScope.Use(asked))
        {
            CultureInfo.CurrentCulture.Name.ShouldBe(used);
            CultureInfo.CurrentUICulture.Name.ShouldBe(used);
        }

        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture).ShouldBe(before);
    }

    [Fact]
    public void Chinese_runs_sentences_and_lists_together_the_others_space_them()
    {
        using (CultureScope.Use("zh-Hans"))
        {
            AnswerLanguage.Sentences("订单已付款。", null, "取货地点：门店。").ShouldBe("订单已付款。取货地点：门店。");
            AnswerLanguage.List(["门店柜台", "快递站"]).ShouldBe("门店柜台、快递站");
        }
        using (CultureScope.Use("en"))
        {
            AnswerLanguage.Sentences("Paid.", "", "Collect it at the counter.").ShouldBe("Paid. Collect it at the counter.");
            AnswerLanguage.List(["Store counter", "Parcel station"]).ShouldBe("Store counter, Parcel station");
        }
    }
}
