using System.Text.RegularExpressions;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Cli.Tests.Report;

/// <summary><c>evaluate --report</c>: one self-contained HTML file whose figures are the run's, safe against its input.</summary>
public sealed class EvaluateReportTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "data", "applications.csv");

    [Fact]
    public void Evaluate_SampleWithReport_TotalsAndEveryMeasureEqualTheEvaluatorsSummary()
    {
        using var folder = new TempFolder();
        var engine = new PolicyEngine(clock: CqPolicy.Clock);
        var summary = new CsvBatchEvaluator(engine).Evaluate(Sample, folder.File("library.csv"));

        var result = CqPolicy.Run("evaluate", Sample, "--out", folder.File("d.csv"), "--report", folder.File("r.html"), "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain($"report written to {folder.File("r.html")}");
        var report = ReportFile.Read(folder.File("r.html"));
        var t = summary.Total;
        report.Card("applications").Should().Be(t.Rows).And.Be(320);
        report.Card("eligible").Should().Be(t.Eligible);
        report.Card("award").Should().Be(t.AwardYuan);
        report.Card("payable").Should().Be(t.PayableYuan);
        report.Card("suppressed").Should().Be(t.Suppressed).And.BeGreaterThan(0, "the sample exercises 就高不重复");
        report.Card("needs-review").Should().Be(t.NeedsReview);
        report.Card("invalid").Should().Be(t.Invalid);

        var rows = report.Rows("data-measure");
        rows.Keys.Should().BeEquivalentTo(summary.Measures.Select(m => m.Measure).Append("total"));
        rows.Keys.Should().Contain(MeasureIds.All.Select(id => id.ToCode()), "the sample has every measure");
        foreach (var m in summary.Measures.Append(t))
        {
            var cells = rows[m.Measure];
            cells.Skip(1).Select(ReportFile.Number).Should().Equal(
                [m.Eligible, m.Ineligible, m.NotApplicable, m.NonMonetary, m.NeedsReview, m.Invalid, m.Suppressed, m.AwardYuan, m.PayableYuan], m.Measure);
        }
    }

    [Fact]
    public void Evaluate_SampleWithReport_DrawsThreeChartsWithABarPerMeasureAndDistrict()
    {
        using var folder = new TempFolder();
        var engine = new PolicyEngine(clock: CqPolicy.Clock);
        var summary = new CsvBatchEvaluator(engine).Evaluate(Sample, folder.File("library.csv"));

        var result = CqPolicy.Run("evaluate", Sample, "--out", folder.File("d.csv"), "--report", folder.File("r.html"));

        result.ExitCode.Should().Be(0, result.Error);
        var report = ReportFile.Read(folder.File("r.html"));
        var monetary = summary.Measures.Count(m => engine.Catalogue.Get(m.Id!.Value).Kind != MeasureKind.NonMonetary);
        var districts = File.ReadLines(Sample).Skip(1)
            .Select(l => int.TryParse(l.Split(',')[4], out var code) ? (engine.Districts.TryGet(code, out _) ? code : -1) : 0)
            .Distinct().Count();
        report.Charts().Should().Equal(new Dictionary<string, int>
        {
            ["chart-measure-payable"] = monetary,
            ["chart-measure-outcomes"] = summary.Measures.Length,
            ["chart-district-payable"] = districts,
        });
        monetary.Should().BeInRange(5, summary.Measures.Length - 5);
        report.Html.Should().Contain("<title id=\"chart-measure-payable-title\">按措施的应付金额（元）</title>");
        Regex.Count(report.Html, "<rect class=\"seg o-eligible\"").Should().Be(summary.Measures.Count(m => m.Eligible > 0), "one eligible segment per measure with eligible rows");
    }

    [Fact]
    public void Evaluate_Report_PayableByDistrictAddsUpEachDistrictsRowsWithRegistryNames()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(
            AppRow.Measure1("A-1").With("district_code", "500103"),
            AppRow.Measure1("A-2", approved: 20_000_000m).With("district_code", "500105"),
            AppRow.Measure13("B-1").With("district_code", "500103"),
            AppRow.Measure13("B-2").With("district_code", "500999")));

        var result = CqPolicy.Run("evaluate", input, "--report", folder.File("r.html"), "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        ReportFile.Read(folder.File("r.html")).Bars("chart-district-payable").Should().Equal(
            "Yuzhong District: 3,600,000", "Jiangbei District: 2,000,000", "not a Chongqing district code: 0");
    }

    [Fact]
    public void Evaluate_Report_IsChineseByDefaultAndEnglishWithLangEn()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));

        CqPolicy.Run("evaluate", input, "--report", folder.File("zh.html")).ExitCode.Should().Be(0);
        CqPolicy.Run("evaluate", input, "--report", folder.File("en.html"), "--lang", "en").ExitCode.Should().Be(0);

        var zh = File.ReadAllText(folder.File("zh.html"));
        var en = File.ReadAllText(folder.File("en.html"));
        zh.Should().Contain("<html lang=\"zh-CN\">").And.Contain("<h1>政策兑现判定报告</h1>").And.Contain("总体情况").And.Contain("按区县的应付金额（元）").And.Contain("所用参数");
        en.Should().Contain("<html lang=\"en\">").And.Contain("<h1>Policy decisions report</h1>").And.Contain("Totals").And.Contain("Payable by district (yuan)").And.Contain("Parameters used");
        en.Should().NotContain("总体情况").And.NotContain("所用参数");
    }

    [Fact]
    public void Evaluate_Report_StatesTheValidityTheEvaluationDateAndTheParametersThatDiffer()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1", approved: 70_000_000m)));
        var parameters = folder.Write("p.json", """{ "measures": { "1": { "cap_yuan": 8000000 } } }""");

        var result = CqPolicy.Run("evaluate", input, "--report", folder.File("r.html"), "--parameters", parameters, "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        var report = ReportFile.Read(folder.File("r.html"));
        report.Html.Should().Contain("in force from 2024-11-19 to 2027-12-31 inclusive").And.Contain("decided as of 2026-11-28");
        report.Card("payable").Should().Be(7_000_000m, "the report is of the run's parameters");
        var fingerprint = Parameters.PolicyParameters.LoadFile(parameters).Fingerprint;
        report.Html.Should().Contain($"<code>{fingerprint}</code>");
        var differ = Regex.Match(report.Html, "<table class=\"differ\">(.*?)</table>", RegexOptions.Singleline).Groups[1].Value;
        Regex.Matches(differ, "<tr class=\"changed\">(.*?)</tr>").Select(m => ReportFile.Cells(m.Groups[1].Value)[..3])
            .Should().ContainSingle().Which.Should().Equal("measures.1.cap_yuan", "8000000", "5000000");
    }

    [Fact]
    public void Evaluate_ReportOfHostileInput_EscapesEveryTextSoNoMarkupOrScriptGetsIn()
    {
        using var folder = new TempFolder();
        const string Script = "<script>alert(1)</script>";
        const string Image = "\"><img src=x onerror=alert(2)>";
        var input = folder.Write("a<b>&'x.csv", AppRow.File(
            AppRow.Measure2("R-1" + Image).With("platform_field", "其他").With("applicant_name", Script + "&amp;"),
            AppRow.Measure1("I-1").With("credit_code", "<svg onload=alert(3)>"),
            AppRow.Measure1("I-2").With("approved_investment_yuan", "</td></tr></table><iframe>")));

        var result = CqPolicy.Run("evaluate", input, "--report", folder.File("r.html"));

        result.ExitCode.Should().Be(0, result.Error);
        var html = File.ReadAllText(folder.File("r.html"));
        html.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<iframe").And.NotContain("<svg onload");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;", "the applicant's name is shown, escaped");
        html.Should().Contain("R-1&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
        html.Should().Contain("&lt;svg onload=alert(3)&gt;").And.Contain("&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;iframe&gt;");
        html.Should().Contain("a&lt;b&gt;&amp;&#39;x.csv", "the file name is text too");
        Regex.Count(html, "<table").Should().Be(Regex.Count(html, "</table>"), "no cell closes a table early");
    }

    [Fact]
    public void Evaluate_Report_FetchesNothing()
    {
        using var folder = new TempFolder();
        var result = CqPolicy.Run("evaluate", Sample, "--out", folder.File("d.csv"), "--report", folder.File("r.html"));

        result.ExitCode.Should().Be(0, result.Error);
        var html = File.ReadAllText(folder.File("r.html"));
        html.Should().NotMatchRegex("(?i)https?:").And.NotMatchRegex("(?i)(src|href)\\s*=").And.NotMatchRegex("(?i)url\\(|@import|<link|<script");
        html.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
    }

    [Fact]
    public void Evaluate_UnreadableInputWithReport_ExitsTwoAndWritesNoFile()
    {
        using var folder = new TempFolder();
        var input = folder.Write("bad.csv", "not,a,header\n1,2,3\n");

        var result = CqPolicy.Run("evaluate", input, "--report", folder.File("r.html"));

        result.ExitCode.Should().Be(2);
        result.Error.TrimEnd().Split('\n').Should().ContainSingle();
        folder.Files().Should().Equal("bad.csv");
    }

    [Theory]
    [InlineData("missing/r.html", "does not exist")]
    [InlineData("apps.csv", "is the input file")]
    [InlineData("d.csv", "is also the decisions.csv path")]
    [InlineData("d.jsonl", "is also the decision records path")]
    public void Evaluate_ReportPathRefused_ExitsTwoBeforeWritingAnything(string report, string message)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));

        var result = CqPolicy.Run("evaluate", input, "--out", folder.File("d.csv"), "--json", folder.File("d.jsonl"), "--report", folder.File(report));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
        folder.Files().Should().Equal("apps.csv");
    }

    [Fact]
    public void Evaluate_CancelledWithReport_LeavesNoReport()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(Enumerable.Range(1, 5000).Select(i => AppRow.Measure13($"B-{i}"))));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var result = CqPolicy.Run(CqPolicy.Clock, cancel.Token, "evaluate", input, "--report", folder.File("r.html"));

        result.ExitCode.Should().Be(130);
        folder.Files().Should().Equal("apps.csv");
    }
}
