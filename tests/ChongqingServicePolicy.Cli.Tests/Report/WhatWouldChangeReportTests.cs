using ChongqingServicePolicy.Cli.Tests.Support;

namespace ChongqingServicePolicy.Cli.Tests.Report;

/// <summary>
/// <c>evaluate --report</c> lists the ineligible applications with the condition each does not meet and what would
/// change its result, and gives the applications needing review the same line above their explanation.
/// </summary>
public sealed class WhatWouldChangeReportTests
{
    [Fact]
    public void Evaluate_Report_IneligibleRowsSayWhatWouldQualifyThem()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(
            AppRow.Measure2("T-1", approved: 5_000_000m),
            AppRow.Measure1("F-1").With("producer_service", "false"),
            AppRow.Measure13("E-1")));

        var result = CqPolicy.Run("evaluate", input, "--report", folder.File("r.html"), "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        var report = ReportFile.Read(folder.File("r.html"));
        var rows = report.Rows("data-ineligible");
        rows.Keys.Should().Equal("T-1", "F-1");
        rows["T-1"][5].Should().StartWith("[(2)] Approved investment CNY 5,000,000.00 is not above CNY 5,000,000.00 (\"超过\" is strictly above)").And.EndWith("below-threshold");
        rows["T-1"][6].Should().Be("[(2)] Approved investment qualifies from CNY 5,000,000.01: at CNY 5,000,000.00 it is CNY 0.01 short");
        rows["F-1"][5].Should().StartWith("[(1)] In modern producer services: no, condition not met");
        rows["F-1"][6].Should().Be("—", "a yes/no condition has no distance");
        report.Section("ineligible").Should().Contain("Ineligible applications (2)");
    }

    [Fact]
    public void Evaluate_Report_ReviewRowsSayWhereTheCapWouldBind()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure2("R-1", approved: 12_640_000m).With("platform_field", "other")));

        var result = CqPolicy.Run("evaluate", input, "--report", folder.File("r.html"));

        result.ExitCode.Should().Be(0, result.Error);
        var review = ReportFile.Read(folder.File("r.html")).Section("review");
        review.Should().Contain("<td class=\"change\" colspan=\"5\"><span class=\"k\">改变结果所需：</span>[（二）] 最高不超过 5,000,000.00 元，经核定的投资金额达到 25,000,000.00 元 时按比例计算的金额即达到上限，尚差 12,360,000.00 元</td>");
    }

    [Fact]
    public void Evaluate_ReportWithoutIneligibleRows_HasNoIneligibleSection()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));

        CqPolicy.Run("evaluate", input, "--report", folder.File("r.html")).ExitCode.Should().Be(0);

        File.ReadAllText(folder.File("r.html")).Should().NotContain("id=\"ineligible\"");
    }
}
