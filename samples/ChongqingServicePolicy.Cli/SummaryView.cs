using System.Globalization;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using Spectre.Console;

namespace ChongqingServicePolicy.Cli;

/// <summary>The end-of-run summary of <c>evaluate</c>: a table per measure and outcome, then the invalid rows grouped by fault.</summary>
internal static class SummaryView
{
    private static readonly Outcome[] Outcomes = [Outcome.Eligible, Outcome.Ineligible, Outcome.NotApplicable, Outcome.NonMonetary, Outcome.NeedsReview, Outcome.Invalid];

    internal static void Write(IAnsiConsole console, BatchSummary summary, PolicyEngine engine, Language language)
    {
        var zh = language == Language.Chinese;
        var table = new Table().Border(TableBorder.Rounded)
            .Title(zh ? $"判定汇总（{PolicyEngine.PolicyId}，判定日 {Date(summary)}）" : $"Summary ({PolicyEngine.PolicyId}, evaluated {Date(summary)})");
        table.AddColumn(zh ? "措施" : "measure");
        table.AddColumn(zh ? "名称" : "title");
        foreach (var outcome in Outcomes)
        {
            table.AddColumn(new TableColumn(zh ? $"{DecisionText.Name(outcome, language)}" : outcome.ToString()).RightAligned());
        }

        table.AddColumn(new TableColumn(zh ? "就高不重复压减" : "suppressed").RightAligned());
        table.AddColumn(new TableColumn(zh ? "奖补上限合计（元）" : "award_yuan").RightAligned());
        table.AddColumn(new TableColumn(zh ? "应付合计（元）" : "payable_yuan").RightAligned());
        foreach (var m in summary.Measures)
        {
            var title = m.Id is { } id ? Title(engine, id, language) : (zh ? "（措施无法读取）" : "(measure unreadable)");
            table.AddRow(Row(m, m.Measure, title));
        }

        table.AddEmptyRow();
        table.AddRow(Row(summary.Total, zh ? "合计" : "total", string.Empty).Select(c => new Markup($"[bold]{c}[/]")).ToArray());
        console.Write(table);

        if (summary.InvalidGroups.Length > 0)
        {
            var invalid = new Table().Border(TableBorder.Rounded)
                .Title(zh ? $"无效行 {summary.InvalidRows} 行，按原因分组" : $"{summary.InvalidRows} invalid rows, grouped by fault");
            invalid.AddColumn(zh ? "列" : "column");
            invalid.AddColumn(zh ? "原因" : "fault");
            invalid.AddColumn(new TableColumn(zh ? "行数" : "rows").RightAligned());
            invalid.AddColumn(zh ? "例如第几行" : "e.g. rows");
            foreach (var g in summary.InvalidGroups)
            {
                invalid.AddRow(
                    Markup.Escape(g.Field.ToColumnName()),
                    Markup.Escape(g.Code.ToCode()),
                    Count(g.Rows),
                    Markup.Escape(string.Join(", ", g.FirstRows.Select(r => r.ToString(CultureInfo.InvariantCulture))) + (g.Rows > g.FirstRows.Length ? ", …" : string.Empty)));
            }

            console.Write(invalid);
        }

        if (summary.BlankRows > 0)
        {
            console.WriteLine(zh ? $"跳过空行 {summary.BlankRows} 行。" : $"{summary.BlankRows} blank rows skipped.");
        }

        console.WriteLine(zh
            ? $"共 {summary.Total.Rows} 行（编码 {summary.EncodingName}），判定结果已写入 {summary.OutputPath}"
            : $"{summary.Total.Rows} rows (encoding {summary.EncodingName}); decisions written to {summary.OutputPath}");
    }

    private static string[] Row(MeasureSummary m, string measure, string title)
    {
        var cells = new List<string> { Markup.Escape(measure), Markup.Escape(title) };
        cells.AddRange(Outcomes.Select(o => Count(m.Count(o))));
        cells.Add(Count(m.Suppressed));
        cells.Add(CliApp.Money(m.AwardYuan));
        cells.Add(CliApp.Money(m.PayableYuan));
        return [.. cells];
    }

    private static string Title(PolicyEngine engine, MeasureId id, Language language)
    {
        var info = engine.Catalogue.Get(id);
        var title = language == Language.Chinese ? info.TitleZh : info.TitleEn;
        return title.Length <= 24 ? title : string.Concat(title.AsSpan(0, 23), "…");
    }

    private static string Count(int n) => n == 0 ? "·" : n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Date(BatchSummary s) => s.EvaluationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
