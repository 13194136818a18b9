using System.Globalization;
using System.Text.RegularExpressions;
using ChongqingServicePolicy.Cli.Generation;
using ChongqingServicePolicy.Cli.Tests.Commands;
using ChongqingServicePolicy.Cli.Tests.Report;
using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Parameters;
using nietras.SeparatedValues;

namespace ChongqingServicePolicy.Cli.Tests.Compare;

/// <summary><c>cqpolicy compare</c>: the same decisions as two evaluate runs, paired row by row, written all or nothing.</summary>
public sealed class CompareCommandTests
{
    private const string Cap8m = """{ "measures": { "1": { "cap_yuan": 8000000 } } }""";

    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "data", "applications.csv");

    [Theory]
    [InlineData("sample")]
    [InlineData("generated")]
    public void Compare_CapRaised_TotalsUnderEachSetEqualTwoSeparateEvaluateRuns(string file)
    {
        using var folder = new TempFolder();
        var input = file == "sample" ? Sample : Generate(folder, 3000, 11);
        var alt = folder.Write("cap-8m.json", Cap8m);
        var baseline = new CsvBatchEvaluator(new PolicyEngine(clock: CqPolicy.Clock)).Evaluate(input, folder.File("d0.csv"));
        var alternative = new CsvBatchEvaluator(new PolicyEngine(PolicyParameters.LoadFile(alt), CqPolicy.Clock)).Evaluate(input, folder.File("d1.csv"));

        var result = CqPolicy.Run("compare", input, "--parameters", alt, "--out", folder.File("impact.csv"), "--report", folder.File("impact.html"), "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        var counts = PrintedTables.Parse(result.Output).Single(t => t.Header.Contains("eligible (baseline)"));
        var amounts = PrintedTables.Parse(result.Output).Single(t => t.Header.Contains("award (baseline)"));
        counts.Rows.Select(r => r[0]).Should().Equal(baseline.Measures.Select(m => m.Measure).Append("total"), "every measure is printed, in clause order");
        foreach (var (b, a) in baseline.Measures.Append(baseline.Total).Zip(alternative.Measures.Append(alternative.Total)))
        {
            var key = b.Measure == "total" ? "total" : b.Measure;
            PrintedTables.Count(counts.Cell(key, "eligible (baseline)")).Should().Be(b.Eligible, key);
            PrintedTables.Count(counts.Cell(key, "eligible (alternative)")).Should().Be(a.Eligible, key);
            PrintedTables.Money(amounts.Cell(key, "award (baseline)")).Should().Be(b.AwardYuan, key);
            PrintedTables.Money(amounts.Cell(key, "award (alternative)")).Should().Be(a.AwardYuan, key);
            PrintedTables.Money(amounts.Cell(key, "payable (baseline)")).Should().Be(b.PayableYuan, key);
            PrintedTables.Money(amounts.Cell(key, "payable (alternative)")).Should().Be(a.PayableYuan, key);
            PrintedTables.Money(amounts.Cell(key, "payable difference").TrimStart('+')).Should().Be(a.PayableYuan - b.PayableYuan, key);
            PrintedTables.Money(amounts.Cell(key, "difference").TrimStart('+')).Should().Be(a.AwardYuan - b.AwardYuan, key);
        }

        var impact = alternative.Total.PayableYuan - baseline.Total.PayableYuan;
        impact.Should().BePositive("raising measure 1's cap pays more on this file");
        result.Output.Should().Contain($"Budget impact: payable {Money(baseline.Total.PayableYuan)} → {Money(alternative.Total.PayableYuan)} yuan, difference +{Money(impact)} yuan");
        var report = ReportFile.Read(folder.File("impact.html"));
        report.Card("baseline-payable").Should().Be(baseline.Total.PayableYuan);
        report.Card("alternative-payable").Should().Be(alternative.Total.PayableYuan);
        report.Card("difference").Should().Be(impact);
    }

    [Fact]
    public void Compare_BundledSampleWithGoldenCap8m_PrintsTheBudgetImpactReadmeQuotes()
    {
        using var folder = new TempFolder();
        var golden = Path.Combine(Path.GetDirectoryName(Sample)!, "..", "..", "tests", "golden", "cap-8m.json");

        var result = CqPolicy.Run("compare", Sample, "--parameters", golden, "--out", folder.File("i.csv"), "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("Budget impact: payable 501,497,423.93 → 518,610,423.93 yuan, difference +17,113,000.00 yuan; 6 applications changed");
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(Sample)!, "..", "..", "README.md")).Should().Contain(
            "Budget impact: payable 501,497,423.93 → 518,610,423.93 yuan,\ndifference +17,113,000.00 yuan; 6 applications changed");
    }

    [Fact]
    public void Compare_CapRaised_ImpactCsvHoldsExactlyTheRowsWhoseOutcomeOrPayableDiffers()
    {
        using var folder = new TempFolder();
        var input = Generate(folder, 3000, 5);
        var alt = folder.Write("cap-8m.json", Cap8m);
        CqPolicy.Run("evaluate", input, "--out", folder.File("d0.csv")).ExitCode.Should().Be(0);
        CqPolicy.Run("evaluate", input, "--out", folder.File("d1.csv"), "--parameters", alt).ExitCode.Should().Be(0);
        var expected = DecisionsFile.Read(folder.File("d0.csv")).Zip(DecisionsFile.Read(folder.File("d1.csv")), (b, a) => (b, a))
            .Select((p, i) => (Row: i + 2, p.b, p.a))
            .Where(p => p.b.Outcome != p.a.Outcome || p.b.PayableYuan != p.a.PayableYuan)
            .Select(p => new[] { p.b.ApplicationId, p.b.Measure, p.b.Outcome, p.b.PayableYuan, p.a.Outcome, p.a.PayableYuan, Difference(p.a.PayableYuan, p.b.PayableYuan), p.Row.ToString(CultureInfo.InvariantCulture) })
            .ToList();

        var result = CqPolicy.Run("compare", input, "--parameters", alt);

        result.ExitCode.Should().Be(0, result.Error);
        var (header, rows) = ReadCsv(folder.File("generated.impact.csv"));
        header.Should().Equal("application_id", "measure", "baseline_outcome", "baseline_payable_yuan", "alternative_outcome", "alternative_payable_yuan", "difference_yuan", "row");
        expected.Should().NotBeEmpty().And.OnlyContain(e => e[1] == "1", "only measure 1 has the cap");
        rows.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        result.Output.Should().Contain($"；{expected.Count} 条申请变化");
    }

    [Fact]
    public void Compare_Baseline_IsDecidedUnderItsFileAndTheAlternativeOverridesIt()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1", approved: 70_000_000m), AppRow.Measure13("B-1")));
        var baseline = folder.Write("base.json", """{ "measures": { "1": { "rate": 0.2 } } }""");
        var alt = folder.Write("alt.json", Cap8m);

        var result = CqPolicy.Run("compare", input, "--baseline", baseline, "--parameters", alt, "--out", folder.File("i.csv"), "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        // Baseline: 20% of 70,000,000 capped at 5,000,000; alternative: the same 20%, capped at 8,000,000 (not 10%).
        ReadCsv(folder.File("i.csv")).Rows.Should().ContainSingle().Which.Should().Equal("A-1", "1", "Eligible", "5000000.00", "Eligible", "8000000.00", "3000000.00", "2");
        result.Output.Should().Contain("Parameters changed: measures.1.cap_yuan 5000000 → 8000000").And.NotContain("measures.1.rate");
    }

    [Fact]
    public void Compare_ValidityShortened_ListsARowWhoseOutcomeChangesAtTheSamePayable()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(
            AppRow.Measure2("R-1").With("platform_field", "其他"),
            AppRow.Measure1("A-1"),
            AppRow.Measure1("A-2").With("application_date", "2025-02-27")));
        var alt = folder.Write("alt.json", """{ "general": { "valid_to": "2025-02-28" } }""");

        var result = CqPolicy.Run("compare", input, "--parameters", alt, "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        ReadCsv(folder.File("apps.impact.csv")).Rows.Should().BeEquivalentTo(
            new[]
            {
                new[] { "R-1", "2", "NeedsReview", "0.00", "NotApplicable", "0.00", "0.00", "2" },
                new[] { "A-1", "1", "Eligible", "3000000.00", "NotApplicable", "0.00", "-3000000.00", "3" },
            },
            o => o.WithStrictOrdering());
        result.Output.Should().Contain("2 applications changed outcome or payable (2 changed outcome)").And.Contain("difference -3,000,000.00 yuan");
    }

    [Fact]
    public void Compare_SameParameters_ChangesNothingAndWritesTheHeaderOnly()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1"), AppRow.Measure13("B-1")));
        var alt = folder.Write("same.json", """{ "measures": { "1": { "cap_yuan": 5000000 } } }""");

        var result = CqPolicy.Run("compare", input, "--parameters", alt, "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("The two parameter sets are the same").And.Contain("difference 0.00 yuan; 0 applications changed");
        ReadCsv(folder.File("apps.impact.csv")).Rows.Should().BeEmpty();
    }

    [Fact]
    public void Compare_ImpactCsv_EscapesFormulaeLikeDecisionsCsv()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("=HYPERLINK(\"x\")", approved: 70_000_000m)));
        var alt = folder.Write("alt.json", Cap8m);

        CqPolicy.Run("compare", input, "--parameters", alt).ExitCode.Should().Be(0);

        ReadCsv(folder.File("apps.impact.csv")).Rows.Single()[0].Should().Be("'=HYPERLINK(\"x\")");
    }

    [Fact]
    public void Compare_Report_EscapesTheInputAndFetchesNothing()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("<script>alert(1)</script>", approved: 70_000_000m)));
        var alt = folder.Write("alt.json", Cap8m);

        var result = CqPolicy.Run("compare", input, "--parameters", alt, "--report", folder.File("r.html"));

        result.ExitCode.Should().Be(0, result.Error);
        var report = ReportFile.Read(folder.File("r.html"));
        report.Html.Should().NotContain("<script").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        report.Html.Should().NotMatchRegex("(?i)https?:|(src|href)\\s*=|url\\(|@import|<link");
        report.Charts().Should().Equal(new Dictionary<string, int> { ["chart-impact-payable"] = 1, ["chart-impact-difference"] = 1 });
        report.Html.Should().Contain("<h1>参数调整的预算影响测算</h1>");
        report.Card("difference").Should().Be(2_000_000m, "10% of 70,000,000 is capped at 5,000,000, and under 8,000,000 it is not");
        report.Rows("data-row").Should().ContainSingle().Which.Value.Should().Equal("2", "<script>alert(1)</script>", "1", "符合条件", "5,000,000.00", "符合条件", "7,000,000.00", "+2,000,000.00");
    }

    [Theory]
    [InlineData("--parameters", "not json")]
    [InlineData("--parameters", """{ "measures": { "1": { "cap_yuan": -1 } } }""")]
    [InlineData("--parameters", """{ "measures": { "1": { "cap_yaun": 8000000 } } }""")]
    [InlineData("--baseline", "{")]
    [InlineData("--baseline", """{ "measures": { "13": { "rate": 2 } } }""")]
    public void Compare_ParametersFileRefused_ExitsTwoWithOneLineNamingItAndWritesNothing(string option, string json)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));
        var good = folder.Write("good.json", Cap8m);
        var bad = folder.Write("bad.json", json);
        string[] args = option == "--parameters" ? ["--parameters", bad] : ["--baseline", bad, "--parameters", good];

        var result = CqPolicy.Run(["compare", input, .. args, "--report", folder.File("r.html")]);

        result.ExitCode.Should().Be(2);
        HelpAndUsageTests.OneLine(result.Error).Should().StartWith($"cqpolicy: {bad}: ");
        folder.Files().Should().Equal("apps.csv", "bad.json", "good.json");
    }

    [Theory]
    [InlineData("needs --parameters", "cqpolicy compare: --parameters ALT.json is required: the parameters to compare with the baseline (see cqpolicy compare --help)")]
    [InlineData("missing file", "does not exist")]
    public void Compare_NoAlternative_ExitsTwo(string scenario, string message)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));
        string[] args = scenario == "missing file" ? ["--parameters", folder.File("nope.json")] : [];

        var result = CqPolicy.Run(["compare", input, .. args]);

        result.ExitCode.Should().Be(2);
        HelpAndUsageTests.OneLine(result.Error).Should().Contain(message);
        folder.Files().Should().Equal("apps.csv");
    }

    [Fact]
    public void Compare_UnreadableInput_ExitsTwoAndLeavesNoPartialOutput()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", "application_id,measure\nA-1,1\n");
        var alt = folder.Write("alt.json", Cap8m);

        var result = CqPolicy.Run("compare", input, "--parameters", alt, "--report", folder.File("r.html"));

        result.ExitCode.Should().Be(2);
        HelpAndUsageTests.OneLine(result.Error).Should().StartWith($"cqpolicy: {input}");
        folder.Files().Should().Equal("alt.json", "apps.csv");
    }

    [Fact]
    public void Compare_Cancelled_ExitsOneThirtyAndLeavesNoPartialOutput()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(Enumerable.Range(1, 5000).Select(i => AppRow.Measure1($"A-{i}", approved: 70_000_000m))));
        var alt = folder.Write("alt.json", Cap8m);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var result = CqPolicy.Run(CqPolicy.Clock, cancel.Token, "compare", input, "--parameters", alt, "--report", folder.File("r.html"));

        result.ExitCode.Should().Be(130);
        folder.Files().Should().Equal("alt.json", "apps.csv");
    }

    [Theory]
    [InlineData("apps.csv", "is the input file")]
    [InlineData("i.csv", "is also the impact.csv path")]
    [InlineData("missing/r.html", "does not exist")]
    public void Compare_ReportPathRefused_ExitsTwoAndWritesNothing(string report, string message)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));
        var alt = folder.Write("alt.json", Cap8m);

        var result = CqPolicy.Run("compare", input, "--parameters", alt, "--out", folder.File("i.csv"), "--report", folder.File(report));

        result.ExitCode.Should().Be(2);
        HelpAndUsageTests.OneLine(result.Error).Should().Contain(message);
        folder.Files().Should().Equal("alt.json", "apps.csv");
    }

    private static string Money(decimal yuan) => yuan.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Difference(string alternative, string baseline) =>
        (decimal.Parse(alternative, CultureInfo.InvariantCulture) - decimal.Parse(baseline, CultureInfo.InvariantCulture)).ToString("0.00", CultureInfo.InvariantCulture);

    private static (string[] Header, List<string[]> Rows) ReadCsv(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var header = reader.Header.ColNames.ToArray();
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            rows.Add(cells);
        }

        return (header, rows);
    }

    private static string Generate(TempFolder folder, int rows, int seed)
    {
        var text = new StringWriter();
        ApplicationGenerator.Write(text, rows, seed);
        return folder.Write("generated.csv", text.ToString());
    }
}
