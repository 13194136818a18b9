using System.Globalization;
using ChongqingServicePolicy.Cli.Compare;
using ChongqingServicePolicy.Cli.Report;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Parameters;
using Spectre.Console;

namespace ChongqingServicePolicy.Cli;

/// <summary>
/// <c>cqpolicy compare</c>: what a change of parameters would do to a file of applications. Decides the file under
/// the baseline and under the alternative, prints per measure the eligible rows, award and payable under each and
/// the differences, the largest changed rows and the total budget impact, and writes every changed row to
/// impact.csv (and, when asked, an HTML report).
/// </summary>
internal static class CompareCommand
{
    /// <summary>How many changed rows the printed table shows; impact.csv has them all.</summary>
    internal const int Printed = 20;

    /// <summary>How many changed rows the report lists.</summary>
    internal const int Reported = 50;

    internal static int Run(Arguments args, CliEnvironment environment)
    {
        var input = args.Positional[0];
        var language = CliApp.Language(args);
        var zh = language == Language.Chinese;
        var encoding = CliApp.Encoding(args);
        var alternativeFile = args.Get("--parameters")
            ?? throw new UsageException("--parameters ALT.json is required: the parameters to compare with the baseline", args.Command);
        var baselineFile = args.Get("--baseline");
        var baseline = baselineFile is null ? PolicyParameters.Default : CliApp.LoadParameters(baselineFile);
        var alternative = CliApp.LoadParameters(alternativeFile, baseline);
        var output = args.Get("--out") ?? CliApp.OutputBeside(input, ".impact.csv");
        var reportPath = args.Get("--report");
        if (reportPath is not null && CliApp.SamePath(reportPath, output))
        {
            throw new CsvFileException(reportPath, "is also the impact.csv path; choose another path for the report");
        }

        var clock = new FixedClock(environment.Clock.GetCurrentInstant());
        var options = new CsvEvaluationOptions
        {
            Encoding = encoding,
            Language = language,
            Warning = message => environment.Error.WriteLine($"cqpolicy: warning: {message}"),
        };

        // Outputs are started first, so a bad path stops the run before the long work; both are moved into place
        // only when everything has been decided and written.
        using var impact = CliApp.CreateOutput(output, input, args);
        using var report = reportPath is null ? null : CliApp.CreateOutput(reportPath, input, args);
        var keep = report is null ? Printed : Reported;
        Comparison comparison;
        if (environment.Interactive && File.Exists(input) && new FileInfo(input).Length >= EvaluateCommand.ProgressFromBytes)
        {
            comparison = environment.Out.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var tasks = new[] { ctx.AddTask(zh ? "按基准参数判定" : "Deciding under the baseline", maxValue: 1), ctx.AddTask(zh ? "按调整后参数判定" : "Deciding under the alternative", autoStart: false, maxValue: 1) };
                    return Comparison.Run(input, baseline, alternative, clock, options, impact.Stream, keep, (run, p) =>
                    {
                        var task = tasks[run];
                        if (!task.IsStarted)
                        {
                            task.StartTask();
                        }

                        // Each run reads the file twice: the first pass is the first half of its bar.
                        var total = Math.Max(1, p.TotalBytes);
                        task.MaxValue = 2 * total;
                        task.Value = Math.Min(p.BytesRead, total) + (p.Phase == BatchPhase.Reading ? 0 : total);
                    }, environment.Cancellation);
                });
        }
        else
        {
            comparison = Comparison.Run(input, baseline, alternative, clock, options, impact.Stream, keep, null, environment.Cancellation);
        }

        environment.Cancellation.ThrowIfCancellationRequested();
        CliApp.Commit(impact);
        if (report is not null)
        {
            ImpactReport.Write(report.Stream, comparison, baseline, alternative, baselineFile, alternativeFile, language);
            CliApp.Commit(report);
        }

        Print(environment.Out, comparison, baseline, alternative, baselineFile, alternativeFile, language);
        PlainText.Line(environment.Out, zh ? $"变化的申请（每行一条）已写入 {impact.Path}" : $"changed applications (one a row) written to {impact.Path}");
        if (report is not null)
        {
            PlainText.Line(environment.Out, zh ? $"报告已写入 {report.Path}" : $"report written to {report.Path}");
        }

        return CliApp.Ok;
    }

    private static void Print(IAnsiConsole console, Comparison c, PolicyParameters baseline, PolicyParameters alternative, string? baselineFile, string alternativeFile, Language language)
    {
        var zh = language == Language.Chinese;
        var baseName = baselineFile ?? (zh ? "内置参数" : "built-in parameters");
        PlainText.Line(console, zh
            ? $"比较 {c.Baseline.InputPath}（判定日 {ReportText.Date(c.Baseline.EvaluationDate)}）：基准 {baseName}（指纹 {baseline.Fingerprint[..12]}…），调整 {alternativeFile}（指纹 {alternative.Fingerprint[..12]}…）"
            : $"Comparing {c.Baseline.InputPath} (decided as of {ReportText.Date(c.Baseline.EvaluationDate)}): baseline {baseName} (fingerprint {baseline.Fingerprint[..12]}…), alternative {alternativeFile} (fingerprint {alternative.Fingerprint[..12]}…)");
        var differ = PolicyParameters.Descriptors.Where(d => d.ValueJson(baseline) != d.ValueJson(alternative)).ToList();
        PlainText.Line(console, differ.Count == 0
            ? (zh ? "两组参数相同，结果不会变化。" : "The two parameter sets are the same; nothing can change.")
            : (zh ? "调整的参数：" : "Parameters changed: ") + string.Join(zh ? "；" : "; ", differ.Select(d => $"{d.Path} {d.ValueJson(baseline)} → {d.ValueJson(alternative)}")));

        var counts = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(zh ? "分措施：符合条件的行数" : "By measure: eligible rows"));
        var amounts = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(zh ? "分措施：金额（元）" : "By measure: amounts (yuan)"));
        counts.AddColumn(zh ? "措施" : "measure");
        counts.AddColumn(zh ? "名称" : "title");
        amounts.AddColumn(zh ? "措施" : "measure");
        foreach (var h in zh ? new[] { "符合（基准）", "符合（调整）", "差额", "变化行数" } : ["eligible (baseline)", "eligible (alternative)", "difference", "changed rows"])
        {
            counts.AddColumn(new TableColumn(Markup.Escape(h)).RightAligned());
        }

        foreach (var h in zh
            ? new[] { "奖补上限（基准）", "奖补上限（调整）", "差额", "应付（基准）", "应付（调整）", "应付差额" }
            : ["award (baseline)", "award (alternative)", "difference", "payable (baseline)", "payable (alternative)", "payable difference"])
        {
            amounts.AddColumn(new TableColumn(Markup.Escape(h)).RightAligned());
        }

        foreach (var m in c.Measures.Append(c.Total))
        {
            var total = ReferenceEquals(m, c.Total);
            var measure = total ? (zh ? "合计" : "total") : m.Measure;
            var title = total ? string.Empty : m.Baseline.Id is { } id ? Title(id, language) : (zh ? "（措施无法读取）" : "(measure unreadable)");
            if (total)
            {
                counts.AddEmptyRow();
                amounts.AddEmptyRow();
            }

            counts.AddRow(Cells(total, measure, title, Count(m.Baseline.Eligible), Count(m.Alternative.Eligible), Signed(m.EligibleDifference), Count(m.ChangedRows)));
            amounts.AddRow(Cells(total, measure, CliApp.Money(m.Baseline.AwardYuan), CliApp.Money(m.Alternative.AwardYuan), Signed(m.AwardDifferenceYuan),
                CliApp.Money(m.Baseline.PayableYuan), CliApp.Money(m.Alternative.PayableYuan), Signed(m.PayableDifferenceYuan)));
        }

        console.Write(counts);
        console.Write(amounts);

        var t = c.Total;
        if (t.ChangedRows > 0)
        {
            var shown = c.Largest.Take(Printed).ToList();
            var changed = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(zh
                ? $"结果或应付金额变化的申请 {t.ChangedRows} 条（其中结果变化 {c.OutcomeChanged} 条）；列出差额最大的 {shown.Count} 条"
                : $"{t.ChangedRows} applications changed outcome or payable ({c.OutcomeChanged} changed outcome); the {shown.Count} largest changes"));
            foreach (var h in zh
                ? new[] { "行", "申请编号", "措施", "结果（基准）", "应付（基准）", "结果（调整）", "应付（调整）", "差额" }
                : ["row", "application_id", "measure", "outcome (baseline)", "payable (baseline)", "outcome (alternative)", "payable (alternative)", "difference"])
            {
                var column = new TableColumn(Markup.Escape(h));
                changed.AddColumn(h.StartsWith("结果", StringComparison.Ordinal) || h.StartsWith("outcome", StringComparison.Ordinal) || h.StartsWith("申请", StringComparison.Ordinal) || h is "application_id" or "措施" or "measure" ? column : column.RightAligned());
            }

            foreach (var r in shown)
            {
                changed.AddRow(Cells(false, r.Row.ToString(CultureInfo.InvariantCulture), r.ApplicationId, r.Measure, r.BaselineOutcome.ToString(), CliApp.Money(r.BaselinePayableYuan),
                    r.AlternativeOutcome.ToString(), CliApp.Money(r.AlternativePayableYuan), Signed(r.DifferenceYuan)));
            }

            console.Write(changed);
        }

        PlainText.Line(console, zh
            ? $"预算影响：应付合计 {CliApp.Money(t.Baseline.PayableYuan)} 元 → {CliApp.Money(t.Alternative.PayableYuan)} 元，差额 {Signed(t.PayableDifferenceYuan)} 元；{Count(t.ChangedRows)} 条申请变化"
            : $"Budget impact: payable {CliApp.Money(t.Baseline.PayableYuan)} → {CliApp.Money(t.Alternative.PayableYuan)} yuan, difference {Signed(t.PayableDifferenceYuan)} yuan; {Count(t.ChangedRows)} applications changed");
    }

    private static Markup[] Cells(bool bold, params string[] cells) =>
        [.. cells.Select(c => new Markup(bold ? $"[bold]{Markup.Escape(c)}[/]" : Markup.Escape(c)))];

    private static string Title(Domain.MeasureId id, Language language)
    {
        var info = Catalogue.MeasureCatalogue.Default.Get(id);
        var title = language == Language.Chinese ? info.TitleZh : info.TitleEn;
        return title.Length <= 24 ? title : string.Concat(title.AsSpan(0, 23), "…");
    }

    private static string Count(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A difference with its sign: +1,000.00, -1,000.00 or 0.00.</summary>
    internal static string Signed(decimal yuan) => (yuan > 0 ? "+" : string.Empty) + CliApp.Money(yuan);

    internal static string Signed(int n) => (n > 0 ? "+" : string.Empty) + Count(n);
}
