using System.Globalization;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using Spectre.Console;

namespace ChongqingServicePolicy.Cli;

/// <summary><c>cqpolicy rank-districts</c>: measure （六） for one year, printed and written to ranking.csv.</summary>
internal static class RankDistrictsCommand
{
    internal static int Run(Arguments args, CliEnvironment environment)
    {
        var input = args.Positional[0];
        var yearText = args.Get("--year") ?? throw new UsageException("--year is required", args.Command);
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2999)
        {
            throw new UsageException($"--year must be a year such as 2025, not '{yearText}'", args.Command);
        }

        var language = CliApp.Language(args);
        var zh = language == Language.Chinese;
        var engine = new PolicyEngine(CliApp.Parameters(args), environment.Clock);
        var output = args.Get("--out") ?? CliApp.OutputBeside(input, ".ranking.csv");

        IReadOnlyList<DistrictStatisticsRow> rows;
        var warnings = new List<string>();
        var encoding = CliApp.Encoding(args);
        using (var reader = DistrictStatisticsCsvReader.Open(input, encoding))
        {
            rows = reader.ReadAll();
            if (reader.UnknownColumns.Count > 0)
            {
                warnings.Add($"{input}: ignoring unknown column{(reader.UnknownColumns.Count > 1 ? "s" : string.Empty)} {string.Join(", ", reader.UnknownColumns.Take(10).Select(c => $"'{c}'"))}{(reader.UnknownColumns.Count > 10 ? $" and {reader.UnknownColumns.Count - 10} more" : string.Empty)}");
            }

            if (encoding == CsvEncoding.Gb18030 && reader.EncodingName != "gb18030")
            {
                var name = reader.EncodingName.ToUpperInvariant();
                warnings.Add($"{input}: the file starts with a {name} byte order mark, so it is read as {name}, not GB18030");
            }
        }

        environment.Cancellation.ThrowIfCancellationRequested();

        // Rows that read go to the ranking (which skips other years); unreadable rows are kept unless they are plainly for another year.
        var ranking = engine.RankDistricts(year, rows.Where(r => r.Statistics is not null).Select(r => r.Statistics!));
        var unreadable = rows.Where(r => r.Statistics is null && !(int.TryParse(r.YearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y != year)).ToList();
        if (ranking.Entries.Length == 0 && ranking.Rejected.Length == 0 && unreadable.Count == 0)
        {
            throw new CsvFileException(input, $"has no rows for {year}");
        }

        using (var file = CliApp.CreateOutput(output, input, args))
        {
            using (var text = new StreamWriter(file.Stream, DecisionCsvWriter.FileEncoding, 1 << 16, leaveOpen: true))
            {
                RankingCsvWriter.Write(text, ranking, unreadable);
            }

            environment.Cancellation.ThrowIfCancellationRequested();
            CliApp.Commit(file);
        }

        // Warnings come once the run has succeeded, so a file that stops gives its one error line alone.
        foreach (var warning in warnings)
        {
            environment.Error.WriteLine($"cqpolicy: warning: {warning}");
        }

        var table = new Table().Border(TableBorder.Rounded)
            .Title(zh ? $"第（六）条 {year} 年度区县综合评价排名（基准日 {ranking.ReferenceDate:uuuu-MM-dd}）" : $"Measure 6 ranking for {year} (units in force on {ranking.ReferenceDate:uuuu-MM-dd})");
        table.AddColumn(new TableColumn(zh ? "名次" : "rank").RightAligned());
        table.AddColumn(zh ? "区县代码" : "district_code");
        table.AddColumn(zh ? "区县" : "district");
        table.AddColumn(new TableColumn(zh ? "得分" : "score").RightAligned());
        table.AddColumn(zh ? "结果" : "outcome");
        table.AddColumn(new TableColumn(zh ? "奖励（元）" : "award_yuan").RightAligned());
        table.AddColumn(zh ? "说明" : "reason");
        foreach (var e in ranking.Entries)
        {
            table.AddRow(
                e.Rank.ToString(CultureInfo.InvariantCulture),
                e.DistrictCode.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(zh ? e.Unit.NameZh : e.Unit.NameEn),
                RankingCsvWriter.Score(e.Score),
                e.Outcome.ToString(),
                CliApp.Money(e.AwardYuan),
                Markup.Escape(e.Reason.ToCode() + (e.TiedWith.IsDefaultOrEmpty ? string.Empty : $" ({string.Join(", ", e.TiedWith)})")));
        }

        console(environment).Write(table);
        if (ranking.Rejected.Length > 0 || unreadable.Count > 0)
        {
            var rejected = new Table().Border(TableBorder.Rounded).Title(zh ? "未能参加排名的行" : "Rows not ranked");
            rejected.AddColumn(zh ? "区县代码" : "district_code");
            rejected.AddColumn(zh ? "问题" : "problems");
            foreach (var r in ranking.Rejected)
            {
                rejected.AddRow(r.Statistics.DistrictCode.ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join("; ", r.Problems.Select(p => DecisionText.Render(p, language)))));
            }

            foreach (var r in unreadable)
            {
                var where = zh ? $"第 {r.RowNumber} 行：" : $"row {r.RowNumber}: ";
                rejected.AddRow(Markup.Escape(r.DistrictText), Markup.Escape(where + string.Join("; ", r.Problems.Select(p => DecisionText.Render(p, language)))));
            }

            console(environment).Write(rejected);
        }

        PlainText.Line(environment.Out, zh
            ? $"参加排名 {ranking.Entries.Length} 个区县，奖励合计 {CliApp.Money(ranking.TotalAwardYuan)} 元；其他年度的行 {ranking.OtherYearRows} 行未计入。结果已写入 {Path.GetFullPath(output)}"
            : $"{ranking.Entries.Length} districts ranked, awards {CliApp.Money(ranking.TotalAwardYuan)} yuan; {ranking.OtherYearRows} rows for other years skipped. Ranking written to {Path.GetFullPath(output)}");
        return CliApp.Ok;

        static IAnsiConsole console(CliEnvironment e) => e.Out;
    }
}
