using ChongqingServicePolicy.Cli.Report;
using ChongqingServicePolicy.Csv;
using Spectre.Console;

namespace ChongqingServicePolicy.Cli;

/// <summary><c>cqpolicy evaluate</c>: decides an applications file, writes decisions.csv and prints the summary.</summary>
internal static class EvaluateCommand
{
    /// <summary>Files at least this long show a progress bar on an interactive terminal.</summary>
    internal const long ProgressFromBytes = 1 << 20;

    internal static int Run(Arguments args, CliEnvironment environment)
    {
        var input = args.Positional[0];
        var language = CliApp.Language(args);
        var options = new CsvEvaluationOptions
        {
            Encoding = CliApp.Encoding(args),
            Language = language,
            RecordsPath = args.Get("--json"),
            FlushToDisk = CliApp.Sync(args),
            Warning = message => environment.Error.WriteLine($"cqpolicy: warning: {message}"),
        };
        var parameters = CliApp.Parameters(args);
        var output = args.Get("--out") ?? CliApp.OutputBeside(input, ".decisions.csv");
        var engine = new PolicyEngine(parameters, environment.Clock);
        var evaluator = new CsvBatchEvaluator(engine);
        var reportPath = args.Get("--report");
        var collector = reportPath is null ? null : new ReportCollector(engine.Districts, language);
        options = options with { RowDecided = collector is null ? null : collector.Add };
        using var report = reportPath is null ? null : CreateReport(reportPath, input, output, options.RecordsPath, args);

        BatchSummary summary;
        if (environment.Interactive && File.Exists(input) && new FileInfo(input).Length >= ProgressFromBytes)
        {
            summary = environment.Out.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var zh = language == Decisions.Language.Chinese;
                    var reading = ctx.AddTask(zh ? "读取并判定" : "Reading and deciding", maxValue: 1);
                    var writing = ctx.AddTask(zh ? "就高不重复并写出" : "Resolving and writing", autoStart: false, maxValue: 1);
                    var progress = new Progress(p =>
                    {
                        var task = p.Phase == BatchPhase.Reading ? reading : writing;
                        if (!task.IsStarted)
                        {
                            task.StartTask();
                        }

                        task.MaxValue = Math.Max(1, p.TotalBytes);
                        task.Value = Math.Min(p.BytesRead, p.TotalBytes);
                    });
                    return evaluator.Evaluate(input, output, options, progress, environment.Cancellation);
                });
        }
        else
        {
            summary = evaluator.Evaluate(input, output, options, null, environment.Cancellation);
        }

        if (report is not null)
        {
            EvaluationReport.Write(report.Stream, summary, collector!, engine, language);
            CliApp.Commit(report);
        }

        SummaryView.Write(environment.Out, summary, engine, language);
        if (report is not null)
        {
            PlainText.Line(environment.Out, language == Decisions.Language.Chinese ? $"报告已写入 {report.Path}" : $"report written to {report.Path}");
        }

        return CliApp.Ok;
    }

    /// <summary>Starts the report before the long work, so a bad path is found first; it is committed only after the decisions.</summary>
    private static AtomicFile CreateReport(string path, string input, string output, string? records, Arguments args)
    {
        foreach (var (other, what) in new[] { (output, "decisions.csv"), (records, "decision records") })
        {
            if (other is not null && CliApp.SamePath(path, other))
            {
                throw new CsvFileException(path, $"is also the {what} path; choose another path for the report");
            }
        }

        return CliApp.CreateOutput(path, input, args);
    }

    /// <summary>Reports progress on the calling thread (the evaluator's), so no update is lost or reordered.</summary>
    private sealed class Progress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
