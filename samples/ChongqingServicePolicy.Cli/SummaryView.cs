using System.Globalization;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ChongqingServicePolicy.Cli;

/// <summary>The end-of-run summary of <c>evaluate</c>: a table per measure and outcome, then the invalid rows grouped by fault.</summary>
internal static class SummaryView
{
    private static readonly Outcome[] Outcomes = [Outcome.Eligible, Outcome.Ineligible, Outcome.NotApplicable, Outcome.NonMonetary, Outcome.NeedsReview, Outcome.Invalid];

    internal static void Write(IAnsiConsole console, BatchSummary summary, PolicyEngine engine, Language language)
    {
        // One table when it fits the width without wrapping a cell (English headings are wider than Chinese ones);
        // otherwise the counts and the amounts go in two tables, so neither wraps.
        var (counts, amounts) = Totals(summary, engine, language, wide: true);
        if (((IRenderable)counts).Measure(RenderOptions.Create(console, console.Profile.Capabilities), int.MaxValue / 2).Max > console.Profile.Width)
        {
            (counts, amounts) = Totals(summary, engine, language, wide: false);
        }

        console.Write(counts);
        if (amounts is not null)
        {
            console.Write(amounts);
        }

        var zh = language == Language.Chinese;
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
            PlainText.Line(console, zh ? $"跳过空行 {summary.BlankRows} 行。" : $"{summary.BlankRows} blank rows skipped.");
        }

        PlainText.Line(console, zh
            ? $"共 {summary.Total.Rows} 行（编码 {summary.EncodingName}），判定结果已写入 {summary.OutputPath}"
            : $"{summary.Total.Rows} rows (encoding {summary.EncodingName}); decisions written to {summary.OutputPath}");
        if (summary.RecordsPath is { } records)
        {
            PlainText.Line(console, zh ? $"判定记录（每行一条，可用 cqpolicy replay 复核）已写入 {records}" : $"decision records (one a line, for cqpolicy replay) written to {records}");
        }
    }

    private static (Table Counts, Table? Amounts) Totals(BatchSummary summary, PolicyEngine engine, Language language, bool wide)
    {
        var zh = language == Language.Chinese;
        var title = zh ? $"判定汇总（{PolicyEngine.PolicyId}，判定日 {Date(summary)}）" : $"Summary ({PolicyEngine.PolicyId}, evaluated {Date(summary)})";
        var counts = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        counts.AddColumn(zh ? "措施" : "measure");
        if (wide)
        {
            counts.AddColumn(zh ? "名称" : "title");
        }

        foreach (var outcome in Outcomes)
        {
            counts.AddColumn(new TableColumn(Heading(outcome, zh, wide)).RightAligned());
        }

        counts.AddColumn(new TableColumn(zh ? (wide ? "就高不重复压减" : "就高压减") : "suppressed").RightAligned());
        var amounts = wide ? counts : new Table().Border(TableBorder.Rounded).AddColumn(zh ? "措施" : "measure");
        amounts.AddColumn(new TableColumn(zh ? "奖补上限合计（元）" : "award_yuan").RightAligned());
        amounts.AddColumn(new TableColumn(zh ? "应付合计（元）" : "payable_yuan").RightAligned());
        foreach (var m in summary.Measures)
        {
            var name = m.Id is { } id ? Title(engine, id, language) : (zh ? "（措施无法读取）" : "(measure unreadable)");
            AddRows(counts, amounts, wide, m, m.Measure, name, bold: false);
        }

        counts.AddEmptyRow();
        if (!wide)
        {
            amounts.AddEmptyRow();
        }

        AddRows(counts, amounts, wide, summary.Total, zh ? "合计" : "total", string.Empty, bold: true);
        return (counts, wide ? null : amounts);
    }

    /// <summary>An outcome's column heading: its name, shortened when the terminal is narrow (decisions.csv keeps the codes).</summary>
    private static string Heading(Outcome outcome, bool zh, bool wide) => (outcome, zh, wide) switch
    {
        (_, false, true) => outcome.ToString(),
        (Outcome.Eligible, true, _) => "符合",
        (Outcome.Ineligible, true, _) => "不符合",
        (Outcome.NotApplicable, true, _) => "不适用",
        (Outcome.NonMonetary, true, _) => "非资金",
        (Outcome.NeedsReview, true, _) => "需审核",
        (Outcome.Invalid, true, _) => "无效",
        (Outcome.NotApplicable, false, false) => "N/A",
        (Outcome.NeedsReview, false, false) => "Review",
        _ => outcome.ToString(),
    };

    private static void AddRows(Table counts, Table amounts, bool wide, MeasureSummary m, string measure, string title, bool bold)
    {
        var cells = new List<string> { Markup.Escape(measure) };
        if (wide)
        {
            cells.Add(Markup.Escape(title));
        }

        cells.AddRange(Outcomes.Select(o => Count(m.Count(o))));
        cells.Add(Count(m.Suppressed));
        var money = new[] { CliApp.Money(m.AwardYuan), CliApp.Money(m.PayableYuan) };
        if (wide)
        {
            cells.AddRange(money);
        }
        else
        {
            amounts.AddRow(Bold([Markup.Escape(measure), .. money], bold));
        }

        counts.AddRow(Bold([.. cells], bold));
    }

    private static Markup[] Bold(string[] cells, bool bold) => [.. cells.Select(c => new Markup(bold ? $"[bold]{c}[/]" : c))];

    private static string Title(PolicyEngine engine, MeasureId id, Language language)
    {
        var info = engine.Catalogue.Get(id);
        var title = language == Language.Chinese ? info.TitleZh : info.TitleEn;
        return title.Length <= 24 ? title : string.Concat(title.AsSpan(0, 23), "…");
    }

    private static string Count(int n) => n == 0 ? "·" : n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Date(BatchSummary s) => s.EvaluationDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
