using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Decisions;
using static ChongqingServicePolicy.Cli.Tests.Reading.ReadingRun;

namespace ChongqingServicePolicy.Cli.Tests.Reading;

/// <summary>The contract's cell formats: what reads, and what makes a row Invalid, explained in either language.</summary>
public sealed class CellFormatTests
{
    private const string ZhAmount = "以元为单位的普通小数金额，如 1234567.89";
    private const string EnAmount = "a plain decimal amount in yuan such as 1234567.89";
    private const string ZhRate = "小数（如 0.15）或百分数（如 15%）";
    private const string EnRate = "a fraction such as 0.15 or a percentage such as 15%";
    private const string ZhDate = "yyyy-MM-dd 格式的有效日期";
    private const string EnDate = "a valid date yyyy-MM-dd";
    private const string ZhBoolean = "是/否、true/false、1/0 或 yes/no";
    private const string EnBoolean = "true/false, 1/0, yes/no or 是/否";

    [Theory]
    [InlineData("30000000", "3000000.00")]
    [InlineData("30000000.00", "3000000.00")]
    [InlineData("30000000.5", "3000000.05")]
    [InlineData("+30000000", "3000000.00")]
    [InlineData("  30000000  ", "3000000.00")]
    [InlineData("\u300030000000\u00A0", "3000000.00")]
    [InlineData("\t30000000\u2028", "3000000.00")]
    [InlineData("30000000\u3000", "3000000.00")]
    public void Evaluate_PlainAmounts_Read(string raw, string award)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(Applications.Header, AppRow.Measure1("A-1").With("approved_investment_yuan", raw)));

        var row = Evaluate(folder, input).Should().ContainSingle().Subject;

        (row.Outcome, row.AwardYuan).Should().Be(("Eligible", award));
    }

    [Theory]
    [InlineData("2025-03-01")]
    [InlineData("2024-11-19")]
    [InlineData("2027-12-31")]
    public void Evaluate_IsoDates_Read(string raw)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(Applications.Header, AppRow.Measure1("A-1").With("application_date", raw)));

        Evaluate(folder, input).Should().ContainSingle().Which.Outcome.Should().Be("Eligible");
    }

    [Theory]
    [InlineData("true", "Eligible")]
    [InlineData("TRUE", "Eligible")]
    [InlineData("1", "Eligible")]
    [InlineData("yes", "Eligible")]
    [InlineData("Yes", "Eligible")]
    [InlineData("是", "Eligible")]
    [InlineData("false", "Ineligible")]
    [InlineData("False", "Ineligible")]
    [InlineData("0", "Ineligible")]
    [InlineData("no", "Ineligible")]
    [InlineData("NO", "Ineligible")]
    [InlineData("否", "Ineligible")]
    public void Evaluate_Booleans_ReadInAnyOfTheContractsSpellings(string raw, string outcome)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(Applications.Header, AppRow.Measure1("A-1").With("producer_service", raw)));

        Evaluate(folder, input).Should().ContainSingle().Which.Outcome.Should().Be(outcome);
    }

    [Theory]
    [InlineData("0.15", "500000.00")]
    [InlineData("15%", "500000.00")]
    [InlineData("15 %", "500000.00")]
    [InlineData("0.25", "1000000.00")]
    [InlineData("25%", "1000000.00")]
    [InlineData("10%", "500000.00")]
    [InlineData("20%", "1000000.00")]
    public void Evaluate_RatesAsFractionOrPercentage_ReadAlike(string raw, string award)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(Applications.Header, AppRow.Measure5("S-1", raw)));

        var row = Evaluate(folder, input).Should().ContainSingle().Subject;

        (row.Outcome, row.AwardYuan).Should().Be(("Eligible", award));
    }

    public static TheoryData<string, string, string, string> Unreadable => new()
    {
        { "approved_investment_yuan", "1e6", ZhAmount, EnAmount },
        { "approved_investment_yuan", "1,234", ZhAmount, EnAmount },
        { "approved_investment_yuan", "１２３４", ZhAmount, EnAmount },
        { "approved_investment_yuan", "79228162514264337593543950336", ZhAmount, EnAmount },
        { "approved_investment_yuan", "¥3000", ZhAmount, EnAmount },
        { "approved_investment_yuan", "3 000", ZhAmount, EnAmount },
        { "total_investment_yuan", "八千万", ZhAmount, EnAmount },
        { "other_policy_award_yuan", "0x10", ZhAmount, EnAmount },
        { "application_date", "2025-02-30", ZhDate, EnDate },
        { "application_date", "2025/03/01", ZhDate, EnDate },
        { "application_date", "2025-3-1", ZhDate, EnDate },
        { "application_date", "01/03/2025", ZhDate, EnDate },
        { "application_date", "2025-03-01T00:00", ZhDate, EnDate },
        { "producer_service", "y", ZhBoolean, EnBoolean },
        { "producer_service", "2", ZhBoolean, EnBoolean },
        { "producer_service", "真", ZhBoolean, EnBoolean },
        { "producer_service", "on", ZhBoolean, EnBoolean },
        { "major_project_approved", "T", ZhBoolean, EnBoolean },
        { "revenue_growth_rate", "15‰", ZhRate, EnRate },
        { "revenue_growth_rate", "0,15", ZhRate, EnRate },
        { "revenue_growth_rate", "1e-1", ZhRate, EnRate },
        { "revenue_growth_rate", "%15", ZhRate, EnRate },
        { "district_code", "500103.0", "整数", "a whole number" },
        { "district_code", "５００１０３", "整数", "a whole number" },
        { "cluster_tier", "一", "整数", "a whole number" },
        { "cluster_grade", "E", "A、B、C 或 D", "A, B, C or D" },
        { "platform_field", "logistics", "八个平台领域代码之一", "one of the eight field codes" },
        { "measure", "17", "措施编号 1…16 或 7a…7d", "a measure 1…16 or 7a…7d" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Evaluate_CellThatDoesNotRead_MakesOnlyItsRowInvalidExplainedInEitherLanguage(string column, string raw, string zh, string en)
    {
        using var folder = new TempFolder();
        var cell = raw.Contains(',') ? $"\"{raw}\"" : raw;
        var input = folder.Write("apps.csv", Lines(Applications.Header, AppRow.Measure1("A-1"), AppRow.Measure1("A-2").With(column, cell), AppRow.Measure1("A-3")));

        var chinese = Evaluate(folder, input);
        var english = Evaluate(folder, input, "--lang", "en");

        foreach (var rows in new[] { chinese, english })
        {
            rows.Select(r => (r.ApplicationId, r.Outcome)).Should().Equal(("A-1", "Eligible"), ("A-2", "Invalid"), ("A-3", "Eligible"));
            rows[1].Reason.Should().Be("invalid-input");
            rows[1].AwardYuan.Should().Be("0.00");
        }

        chinese[1].Explanation.Should().StartWith("第 3 行：").And.Contain($"{column} \"{raw}\": 无法读取，应为{zh}");
        chinese[1].Explanation.Should().NotContain(en, "Chinese explanations give the expected format in Chinese");
        english[1].Explanation.Should().StartWith("Row 3: ").And.Contain($"{column} \"{raw}\": cannot be read (expected {en}");
    }

    [Theory]
    [InlineData("approved_investment_yuan", "-30000000")]
    [InlineData("total_investment_yuan", "-1")]
    public void Evaluate_NegativeAmountWhereNotAllowed_MakesTheRowInvalid(string column, string raw)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(Applications.Header, AppRow.Measure1("A-1").With(column, raw), AppRow.Measure1("A-2")));

        var rows = Evaluate(folder, input, "--lang", "en");

        rows.Select(r => (r.ApplicationId, r.Outcome)).Should().Equal(("A-1", "Invalid"), ("A-2", "Eligible"));
        rows[0].Explanation.Should().StartWith("Row 2: ").And.Contain($"{column} \"{raw}\": must not be negative");
    }

    [Fact]
    public void Evaluate_SeveralBadCellsInOneRow_NamesEachOfThem()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header,
            AppRow.Measure1("A-1").With("application_date", "2025-13-01").With("producer_service", "maybe").With("approved_investment_yuan", "1e7")));

        var explanation = Evaluate(folder, input).Should().ContainSingle().Subject.Explanation;

        explanation.Should().StartWith("第 2 行：")
            .And.Contain($"application_date \"2025-13-01\": 无法读取，应为{ZhDate}")
            .And.Contain($"producer_service \"maybe\": 无法读取，应为{ZhBoolean}")
            .And.Contain($"approved_investment_yuan \"1e7\": 无法读取，应为{ZhAmount}");
    }

    [Fact]
    public void Evaluate_LongUnreadableValue_IsQuotedShortened()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(Applications.Header, AppRow.Measure1("A-1").With("application_date", new string('9', 200))));

        var explanation = Evaluate(folder, input).Should().ContainSingle().Subject.Explanation;

        explanation.Should().Contain($"application_date \"{new string('9', 60)}…\"").And.NotContain(new string('9', 61));
    }

    [Fact]
    public void ValueFormats_EveryFormat_HasItsOwnChineseAndEnglishText()
    {
        ValueFormats.All.Should().OnlyHaveUniqueItems().And.HaveCount(Enum.GetValues<ValueFormat>().Length);
        foreach (var format in ValueFormats.All)
        {
            var zh = format.Describe(Language.Chinese);
            var en = format.Describe(Language.English);
            zh.Should().NotBe(en).And.MatchRegex(@"[\u4e00-\u9fff]", "{0} needs a Chinese text", format);
            en.Should().MatchRegex("^[ -~…（）“”\u201c\u201d是否/]+$", "{0}'s English text is English", format);
            ValueFormats.TryParse(format.ToCode(), out var back).Should().BeTrue();
            back.Should().Be(format);
        }
    }
}
