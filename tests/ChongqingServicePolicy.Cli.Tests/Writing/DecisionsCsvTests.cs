using System.Globalization;
using System.Text;
using ChongqingServicePolicy.Cli.Tests.Support;

namespace ChongqingServicePolicy.Cli.Tests.Writing;

/// <summary>decisions.csv as CSV-CONTRACT.md publishes it, read back with Sep as a spreadsheet would read it.</summary>
public sealed class DecisionsCsvTests
{
    private static readonly string[] ContractColumns = ["application_id", "measure", "outcome", "award_yuan", "payable_yuan", "reason", "explanation"];

    private static readonly char[] FormulaTriggers = ['=', '+', '-', '@', '\t', '\r'];

    private static readonly char[] LineBreaks = ['\r', '\n', '\u0085', '\u2028', '\u2029', '\v', '\f'];

    [Fact]
    public void Evaluate_AnyFile_WritesTheContractsColumnsInOrder()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        DecisionsFile.Header(folder.File("apps.decisions.csv")).Should().Equal(ContractColumns);
    }

    [Fact]
    public void Evaluate_RowsOfEveryKind_WritesOneRowPerInputRowInInputOrder()
    {
        using var folder = new TempFolder();
        AppRow[] rows =
        [
            AppRow.Measure13("Z-9"),
            AppRow.Measure1("A-1").With("approved_investment_yuan", "1e6"),
            AppRow.Measure2("M-5", approved: 5_000_000m),
            AppRow.Measure1("B-2").With("measure", "99"),
            AppRow.Measure1("C-3").With("application_date", "2024-01-02"),
            AppRow.Measure1("Z-9"),
            AppRow.Measure1("D-4"),
        ];
        var input = folder.Write("apps.csv", AppRow.File(rows));

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = DecisionsFile.Read(folder.File("apps.decisions.csv"));
        lines.Select(l => l.ApplicationId).Should().Equal("Z-9", "A-1", "M-5", "B-2", "C-3", "Z-9", "D-4");
        lines.Select(l => l.Outcome).Should().Equal("Eligible", "Invalid", "Ineligible", "Invalid", "NotApplicable", "Invalid", "Eligible");
        lines.Select(l => l.Measure).Should().Equal("13", "1", "2", "99", "1", "1", "1");
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    public void Evaluate_UnderAnyCulture_WritesAmountsWithTwoDecimalsInTheInvariantCulture(string culture)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(
            AppRow.Measure1("A-1", approved: 12_345_678.9m),
            AppRow.Measure13("A-2", input: 1_000_001m),
            AppRow.Measure2("A-3", approved: 5_000_000m)));

        CliResult result;
        using (new CultureScope(culture))
        {
            if (culture != "zh-CN")
            {
                1234567.89m.ToString("N2").Should().NotBe("1,234,567.89", "the culture must differ from the invariant one for this test to mean anything");
            }

            result = CqPolicy.Run("evaluate", input, "--lang", "en");
        }

        result.ExitCode.Should().Be(0, result.Error);
        var lines = DecisionsFile.Read(folder.File("apps.decisions.csv"));
        lines.Select(l => (l.AwardYuan, l.PayableYuan)).Should().Equal(("1234567.89", "1234567.89"), ("300000.30", "300000.30"), ("0.00", "0.00"));
        lines[0].Explanation.Should().Contain("1,234,567.89").And.Contain("2025-03-01").And.NotContain("1.234.567,89");
        result.Output.Should().Contain("1,534,568.19", "the summary totals the awards in the invariant culture too");
    }

    [Fact]
    public void Evaluate_File_IsUtf8WithAByteOrderMarkAndKeepsChineseIntact()
    {
        using var folder = new TempFolder();
        var input = folder.Write("申请.csv", AppRow.File(AppRow.Measure1("渝中-甲-1")));

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        var output = folder.File("申请.decisions.csv");
        var bytes = File.ReadAllBytes(output);
        bytes.Take(3).Should().Equal((byte)0xEF, (byte)0xBB, (byte)0xBF);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        text.Should().StartWith("application_id,").And.Contain("渝中-甲-1,1,Eligible");
        DecisionsFile.Read(output).Single().Explanation.Should().StartWith("（一）项目投资补助").And.Contain("符合条件");
    }

    [Fact]
    public void Evaluate_ByDefault_ExplainsInChinese()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1"), AppRow.Measure1("A-2").With("approved_investment_yuan", "x")));

        CqPolicy.Run("evaluate", input).ExitCode.Should().Be(0);

        var lines = DecisionsFile.Read(folder.File("apps.decisions.csv"));
        lines[0].Explanation.Should().StartWith("（一）项目投资补助：符合条件").And.NotContain("eligible");
        lines[1].Explanation.Should().StartWith("第 3 行：").And.Contain("approved_investment_yuan");
    }

    [Fact]
    public void Evaluate_LangEn_ExplainsInEnglish()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1"), AppRow.Measure1("A-2").With("approved_investment_yuan", "x")));

        CqPolicy.Run("evaluate", input, "--lang", "en").ExitCode.Should().Be(0);

        var lines = DecisionsFile.Read(folder.File("apps.decisions.csv"));
        lines[0].Explanation.Should().StartWith("Measure (1) Project investment subsidy: eligible").And.NotContain("符合条件");
        lines[1].Explanation.Should().StartWith("Row 3: ").And.Contain("approved_investment_yuan").And.Contain("cannot be read");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\u0085")]
    public void Evaluate_CellsHoldingLineBreaks_NoExplanationHasALineBreak(string lineBreak)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(
            AppRow.Measure1("A-1").With("total_investment_yuan", $"8000{lineBreak}0000"),
            AppRow.Measure1("A-2").With("measure", $"1{lineBreak}a"),
            AppRow.Measure1("A-3").With("application_date", $"2025-03{lineBreak}-01"),
            AppRow.Measure1("A-4").With("credit_code", $"91500103{lineBreak}MA00001XY9"),
            AppRow.Measure1("A-5").With("override_amount_yuan", "100").With("override_approval_ref", $"渝府{lineBreak}〔2025〕1号"),
            AppRow.Measure1($"A{lineBreak}6")));

        foreach (var lang in new[] { "zh", "en" })
        {
            var result = CqPolicy.Run("evaluate", input, "--lang", lang);

            result.ExitCode.Should().Be(0, result.Error);
            var lines = DecisionsFile.Read(folder.File("apps.decisions.csv"));
            lines.Should().HaveCount(6);
            lines.Take(4).Should().OnlyContain(l => l.Outcome == "Invalid");
            foreach (var line in lines)
            {
                line.Explanation.IndexOfAny(LineBreaks).Should().Be(-1, $"the explanation of {line.ApplicationId} is one line: {line.Explanation}");
            }
        }
    }

    [Theory]
    [InlineData("=1+2")]
    [InlineData("+1")]
    [InlineData("-1")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    public void Evaluate_ApplicationIdStartingWithAFormulaTrigger_IsWrittenAsText(string id)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1(id), AppRow.Measure1("plain")));

        CqPolicy.Run("evaluate", input).ExitCode.Should().Be(0);

        var lines = DecisionsFile.Read(folder.File("apps.decisions.csv"));
        lines[0].ApplicationId.Should().Be("'" + id);
        lines[0].Outcome.Should().Be("Eligible", "escaping is for the spreadsheet; the row is decided as given");
        lines[1].ApplicationId.Should().Be("plain", "cells without a trigger are not touched");
    }

    [Theory]
    [InlineData("\t=1+2")]
    [InlineData("\r=1+2")]
    [InlineData(" =1+2")]
    [InlineData("\t-1")]
    public void Evaluate_ApplicationIdStartingWithTabOrCarriageReturn_NoCellStartsWithATrigger(string id)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1(id)));

        CqPolicy.Run("evaluate", input).ExitCode.Should().Be(0);

        var line = DecisionsFile.Read(folder.File("apps.decisions.csv")).Single();
        line.ApplicationId.Should().StartWith("'");
        line.ApplicationId.TrimStart('\'').Trim().Should().Be(id.Trim());
    }

    [Theory]
    [InlineData("=1")]
    [InlineData("-1")]
    [InlineData("+7a")]
    [InlineData("@1")]
    public void Evaluate_MeasureStartingWithAFormulaTrigger_IsWrittenAsTextAndTheRowIsInvalid(string measure)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1").With("measure", measure)));

        CqPolicy.Run("evaluate", input).ExitCode.Should().Be(0);

        var line = DecisionsFile.Read(folder.File("apps.decisions.csv")).Single();
        line.Measure.Should().Be("'" + measure);
        line.Outcome.Should().Be("Invalid");
    }

    [Fact]
    public void Evaluate_HostileCellsEverywhere_NoWrittenCellStartsWithATrigger()
    {
        using var folder = new TempFolder();
        var hostile = new[] { "=cmd|' /C calc'!A0", "+1", "-2", "@A1", "\t=1", "\r=1" };
        var rows = new List<AppRow>();
        var n = 0;
        foreach (var text in hostile)
        {
            foreach (var column in AppRow.Columns)
            {
                rows.Add(AppRow.Measure1($"H-{n++}").With(column, text));
            }
        }

        var input = folder.Write("apps.csv", AppRow.File(rows));

        foreach (var lang in new[] { "zh", "en" })
        {
            CqPolicy.Run("evaluate", input, "--lang", lang).ExitCode.Should().Be(0);

            var lines = DecisionsFile.Read(folder.File("apps.decisions.csv"));
            lines.Should().HaveCount(rows.Count);
            foreach (var line in lines)
            {
                foreach (var cell in new[] { line.ApplicationId, line.Measure, line.Outcome, line.AwardYuan, line.PayableYuan, line.Reason, line.Explanation })
                {
                    cell.Should().NotBeEmpty();
                    FormulaTriggers.Should().NotContain(cell[0], $"cell '{cell}' of {line.ApplicationId} would run as a formula");
                }
            }
        }
    }

    [Fact]
    public void Evaluate_AmountColumns_AreNumbersNeverEscaped()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(
            AppRow.Measure1("A-1"),
            AppRow.Measure1("A-2").With("approved_investment_yuan", "-5"),
            AppRow.Measure1("A-3").With("override_amount_yuan", "-100").With("override_approval_ref", "渝府〔2025〕1号"),
            AppRow.Measure1("A-4").With("other_policy_award_yuan", "-1"),
            AppRow.Measure1("-5")));

        CqPolicy.Run("evaluate", input).ExitCode.Should().Be(0);

        foreach (var line in DecisionsFile.Read(folder.File("apps.decisions.csv")))
        {
            foreach (var amount in new[] { line.AwardYuan, line.PayableYuan })
            {
                amount.Should().MatchRegex(@"^\d+\.\d{2}$", $"{line.ApplicationId}'s amounts are plain numbers a spreadsheet sums");
                decimal.Parse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(0m);
            }
        }
    }
}
