using System.Globalization;
using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Csv;
using Spectre.Console;

namespace ChongqingServicePolicy.Cli;

/// <summary>
/// <c>cqpolicy replay</c>: re-decides every decision record of a JSON Lines file from its recorded input, parameters
/// and evaluation date, prints one line for each record that does not reproduce and a closing summary.
/// </summary>
internal static class ReplayCommand
{
    internal static int Run(Arguments args, CliEnvironment environment)
    {
        var path = args.Positional[0];
        var zh = CliApp.Language(args) == Decisions.Language.Chinese;
        using var reader = DecisionRecordReader.Open(path);

        // The engine's own parameters do not matter: each record is replayed under the parameters it carries.
        var engine = new PolicyEngine(null, environment.Clock);
        var tally = new Tally();
        if (environment.Interactive && reader.Length >= EvaluateCommand.ProgressFromBytes)
        {
            environment.Out.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(zh ? "复核判定记录" : "Replaying records", maxValue: Math.Max(1, reader.Length));
                    Replay(reader, engine, environment, tally, zh, position => task.Value = position);
                });
        }
        else
        {
            Replay(reader, engine, environment, tally, zh, null);
        }

        PlainText.Line(environment.Out, Summary(path, tally, zh));
        return tally.NotReproduced == 0 ? CliApp.Ok : CliApp.NotReproduced;
    }

    private static void Replay(DecisionRecordReader reader, PolicyEngine engine, CliEnvironment environment, Tally tally, bool zh, Action<long>? progress)
    {
        foreach (var line in reader.ReadLines())
        {
            environment.Cancellation.ThrowIfCancellationRequested();
            if ((line.LineNumber & 255) == 0)
            {
                progress?.Invoke(reader.Position);
            }

            var number = line.LineNumber.ToString(CultureInfo.InvariantCulture);
            if (line.Record is not { } record)
            {
                tally.Unreadable++;
                var kind = line.Error!.Error == DecisionRecordError.UnsupportedVersion
                    ? (zh ? "记录版本不受支持" : "unsupported record version")
                    : (zh ? "不是可读的判定记录" : "not a readable decision record");
                var named = line.ApplicationId is { } id ? $" application_id {id}" : string.Empty;
                PlainText.Line(environment.Out, zh
                    ? $"第 {number} 行{named}: {kind}: {Fold(line.Error.Message)}"
                    : $"line {number}{named}: {kind}: {Fold(line.Error.Message)}");
                continue;
            }

            var result = engine.Replay(record);
            switch (result.Status)
            {
                case ReplayStatus.Reproduces:
                    tally.Reproduced++;
                    continue;
                case ReplayStatus.Tampered:
                    tally.Tampered++;
                    break;
                default:
                    tally.Differ++;
                    break;
            }

            var status = result.Status == ReplayStatus.Tampered
                ? (zh ? "指纹不符，记录在生成后被改动" : "tampered: edited after it was recorded")
                : (zh ? "不能复现" : "does not reproduce");
            var differences = string.Join("; ", result.Differences.Select(d => $"{d.Field}: {Show(d.Recorded)} → {Show(d.Replayed)}"));
            PlainText.Line(environment.Out, zh
                ? $"第 {number} 行 application_id {result.ApplicationId}: {status}: {differences}"
                : $"line {number} application_id {result.ApplicationId}: {status}: {differences}");
        }

        progress?.Invoke(reader.Length);
    }

    private static string Show(string? value) => value is null ? "(none)" : Fold(value);

    /// <summary>Keeps a report on one line: line breaks inside a value become spaces.</summary>
    private static string Fold(string text) => text.ReplaceLineEndings(" ");

    private static string Summary(string path, Tally tally, bool zh)
    {
        var total = tally.Reproduced + tally.NotReproduced;
        if (zh)
        {
            return tally.NotReproduced == 0
                ? $"{path}: {total} 条判定记录全部复现。"
                : $"{path}: {total} 条判定记录，{tally.Reproduced} 条复现，{tally.NotReproduced} 条未复现（结果不同 {tally.Differ}，指纹不符 {tally.Tampered}，无法读取 {tally.Unreadable}）。";
        }

        return tally.NotReproduced == 0
            ? $"{path}: all {total} decision records reproduce."
            : $"{path}: {total} decision records: {tally.Reproduced} reproduce, {tally.NotReproduced} do not ({tally.Differ} differ, {tally.Tampered} tampered, {tally.Unreadable} unreadable).";
    }

    private sealed class Tally
    {
        internal int Reproduced { get; set; }

        internal int Differ { get; set; }

        internal int Tampered { get; set; }

        internal int Unreadable { get; set; }

        internal int NotReproduced => Differ + Tampered + Unreadable;
    }
}
