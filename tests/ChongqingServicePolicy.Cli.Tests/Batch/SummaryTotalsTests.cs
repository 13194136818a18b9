using ChongqingServicePolicy.Cli.Generation;
using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Cli.Tests.Batch;

/// <summary>The summary evaluate prints, and the one CsvBatchEvaluator returns, add up what the library decides.</summary>
public sealed class SummaryTotalsTests
{
    private static readonly (Outcome Outcome, string[] Headings)[] Outcomes =
    [
        (Outcome.Eligible, ["Eligible"]), (Outcome.Ineligible, ["Ineligible"]), (Outcome.NotApplicable, ["NotApplicable", "N/A"]),
        (Outcome.NonMonetary, ["NonMonetary"]), (Outcome.NeedsReview, ["NeedsReview", "Review"]), (Outcome.Invalid, ["Invalid"]),
    ];

    [Theory]
    [InlineData(480, 1)]
    [InlineData(777, 20241119)]
    public void Evaluate_GeneratedFile_PrintsPerMeasureAndOutcomeTheLibrarysCountsAndSums(int rows, int seed)
    {
        using var folder = new TempFolder();
        var input = Generate(folder, rows, seed);
        var expected = LibraryBatch.Decide(input, new PolicyEngine(clock: CqPolicy.Clock));

        var result = CqPolicy.Run("evaluate", input, "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        var tables = PrintedTables.Parse(result.Output).Where(t => t.Header[0] == "measure").ToList();
        var groups = expected.GroupBy(e => e.Measure).ToList();
        groups.Should().HaveCountGreaterThan(16, "a generated file has every measure");
        tables.Should().OnlyContain(t => t.Rows.Select(r => r[0]).Order().SequenceEqual(groups.Select(g => g.Key).Append("total").Order()));
        foreach (var group in groups.Append(expected.GroupBy(_ => "total").Single()))
        {
            foreach (var (outcome, headings) in Outcomes)
            {
                PrintedTables.Count(Cell(tables, group.Key, headings)).Should().Be(group.Count(e => e.Outcome == outcome), $"{group.Key} {outcome}");
            }

            PrintedTables.Count(Cell(tables, group.Key, "suppressed")).Should().Be(group.Count(e => e.Suppressed), $"{group.Key} suppressed");
            PrintedTables.Money(Cell(tables, group.Key, "award_yuan")).Should().Be(group.Sum(e => e.AwardYuan), $"{group.Key} award");
            PrintedTables.Money(Cell(tables, group.Key, "payable_yuan")).Should().Be(group.Sum(e => e.PayableYuan), $"{group.Key} payable");
        }

        expected.Should().Contain(e => e.Suppressed, "the file exercises 就高不重复, so award and payable differ");
        expected.Sum(e => e.PayableYuan).Should().BeLessThan(expected.Sum(e => e.AwardYuan));
    }

    [Fact]
    public void Evaluator_GeneratedFile_ReturnsTheLibrarysCountsAndSums()
    {
        using var folder = new TempFolder();
        var input = Generate(folder, 600, 42);
        var engine = new PolicyEngine(clock: CqPolicy.Clock);
        var expected = LibraryBatch.Decide(input, engine);

        var summary = new CsvBatchEvaluator(engine).Evaluate(input, folder.File("d.csv"));

        summary.Measures.Select(m => m.Measure).Should().Equal(MeasureIds.All.Select(id => id.ToCode()), "measures come in clause order");
        foreach (var m in summary.Measures.Append(summary.Total))
        {
            var rows = m.Id is { } id ? expected.Where(e => e.Measure == id.ToCode()).ToList() : [.. expected];
            foreach (var (outcome, _) in Outcomes)
            {
                m.Count(outcome).Should().Be(rows.Count(e => e.Outcome == outcome), $"{m.Measure} {outcome}");
            }

            m.Suppressed.Should().Be(rows.Count(e => e.Suppressed), m.Measure);
            m.AwardYuan.Should().Be(rows.Sum(e => e.AwardYuan), m.Measure);
            m.PayableYuan.Should().Be(rows.Sum(e => e.PayableYuan), m.Measure);
        }

        summary.InvalidRows.Should().Be(expected.Count(e => e.Outcome == Outcome.Invalid));
        var faults = expected.Where(e => e.Outcome == Outcome.Invalid)
            .SelectMany(e => e.Problems.Select(p => (p.Field, p.Code)).Distinct().Select(k => (Key: k, e.RowNumber)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.RowNumber).ToList());
        summary.InvalidGroups.Select(g => (g.Field, g.Code)).Should().BeEquivalentTo(faults.Keys);
        foreach (var g in summary.InvalidGroups)
        {
            g.Rows.Should().Be(faults[(g.Field, g.Code)].Count, $"{g.Field} {g.Code}");
            g.FirstRows.Should().Equal(faults[(g.Field, g.Code)].Take(InvalidGroup.RowsKept));
        }
    }

    [Fact]
    public void Evaluate_InvalidRows_ArePrintedGroupedByColumnAndFaultWithTheirFirstRows()
    {
        using var folder = new TempFolder();
        var rows = new List<AppRow>
        {
            AppRow.Measure1("OK-1"),
            AppRow.Measure1("AMT-1").With("approved_investment_yuan", "3千万"),
            AppRow.Measure1("AMT-2").With("approved_investment_yuan", "1,000"),
            AppRow.Measure1("AMT-3").With("approved_investment_yuan", "1e6"),
            AppRow.Measure1("DIS-1").With("district_code", string.Empty),
            AppRow.Measure1("CC-1").With("credit_code", "91500103MA00001XY8"),
            AppRow.Measure1("OK-1"),
        };
        rows.AddRange(Enumerable.Range(1, 7).Select(i => AppRow.Measure13($"DATE-{i}").With("application_date", "2025-02-30")));
        var input = folder.Write("apps.csv", AppRow.File(rows));

        var result = CqPolicy.Run("evaluate", input, "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("13 invalid rows, grouped by fault");
        var table = PrintedTables.Parse(result.Output).Single(t => t.Header[0] == "column");
        table.Header.Should().Equal("column", "fault", "rows", "e.g. rows");
        table.Rows.Select(r => string.Join(" | ", r)).Should().Equal(
            "application_date | unreadable-value | 7 | 9, 10, 11, 12, 13, …",
            "approved_investment_yuan | unreadable-value | 3 | 3, 4, 5",
            "application_id | duplicate-application-id | 1 | 8",
            "credit_code | credit-code-check | 1 | 7",
            "district_code | required | 1 | 6");
        var totals = PrintedTables.Parse(result.Output).Where(t => t.Header[0] == "measure").ToList();
        Cell(totals, "1", "Invalid").Should().Be("6");
        Cell(totals, "13", "Invalid").Should().Be("7");
        Cell(totals, "total", "Eligible").Should().Be("1");
    }

    [Fact]
    public void Evaluate_LangZh_PrintsTheSameTotalsUnderChineseHeadings()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1"), AppRow.Measure1("A-2", subject: "A-1", approved: 20_000_000m), AppRow.Measure13("B-1")));

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        var tables = PrintedTables.Parse(result.Output).Where(t => t.Header[0] == "措施").ToList();
        Cell(tables, "合计", "符合").Should().Be("3");
        Cell(tables, "1", "就高不重复压减", "就高压减").Should().Be("1");
        PrintedTables.Money(Cell(tables, "合计", "奖补上限合计（元）")).Should().Be(5_600_000m);
        PrintedTables.Money(Cell(tables, "合计", "应付合计（元）")).Should().Be(3_600_000m);
    }

    /// <summary>A cell of the summary, in whichever of its tables has the column (under either of its headings).</summary>
    private static string Cell(IReadOnlyList<PrintedTable> tables, string measure, params string[] headings)
    {
        tables.Should().NotBeEmpty();
        var table = tables.FirstOrDefault(t => t.Header.Intersect(headings).Any());
        table.Should().NotBeNull($"a summary table has the column {string.Join(" or ", headings)}");
        return table!.Cell(measure, table.Header.Intersect(headings).First());
    }

    private static string Generate(TempFolder folder, int rows, int seed)
    {
        var text = new StringWriter();
        ApplicationGenerator.Write(text, rows, seed);
        return folder.Write("generated.csv", text.ToString());
    }
}
