using System.Collections.Immutable;
using System.Globalization;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Parameters;
using nietras.SeparatedValues;
using NodaTime;

namespace ChongqingServicePolicy.Cli.Compare;

/// <summary>
/// Decides one applications file under two parameter sets with <see cref="CsvBatchEvaluator"/>, exactly as two
/// <c>evaluate</c> runs would, and pairs the rows: the totals per measure come from each run's summary, and each
/// row whose outcome or payable amount changed is written to impact.csv as it is found. Only the totals, the
/// changed rows' count per measure and the largest changes are held; the baseline's decisions wait in a
/// temporary file of a few bytes a row.
/// </summary>
internal sealed class Comparison
{
    /// <summary>impact.csv's columns.</summary>
    internal static readonly ImmutableArray<string> Columns =
        ["application_id", "measure", "baseline_outcome", "baseline_payable_yuan", "alternative_outcome", "alternative_payable_yuan", "difference_yuan", "row"];

    private Comparison(BatchSummary baseline, BatchSummary alternative, ImmutableArray<MeasureImpact> measures, MeasureImpact total, int outcomeChanged, ImmutableArray<ChangedRecord> largest)
    {
        Baseline = baseline;
        Alternative = alternative;
        Measures = measures;
        Total = total;
        OutcomeChanged = outcomeChanged;
        Largest = largest;
    }

    internal BatchSummary Baseline { get; }

    internal BatchSummary Alternative { get; }

    internal ImmutableArray<MeasureImpact> Measures { get; }

    internal MeasureImpact Total { get; }

    /// <summary>Changed rows whose outcome changed (the others changed only their payable amount).</summary>
    internal int OutcomeChanged { get; }

    /// <summary>The changed rows with the largest differences, largest first (then in input order).</summary>
    internal ImmutableArray<ChangedRecord> Largest { get; }

    /// <summary>Runs both evaluations and writes impact.csv to <paramref name="impact"/>.</summary>
    /// <param name="input">The applications file.</param>
    /// <param name="baseline">The baseline parameters.</param>
    /// <param name="alternative">The alternative parameters.</param>
    /// <param name="clock">The clock both engines share, stopped so both decide as of one day.</param>
    /// <param name="options">How to read (encoding, language, warnings).</param>
    /// <param name="impact">Where impact.csv goes.</param>
    /// <param name="keep">How many of the largest changes to keep.</param>
    /// <param name="progress">Told how far each run has got (0 baseline, 1 alternative).</param>
    /// <param name="cancellation">Stops the run.</param>
    internal static Comparison Run(
        string input, PolicyParameters baseline, PolicyParameters alternative, IClock clock, CsvEvaluationOptions options,
        Stream impact, int keep, Action<int, BatchProgress>? progress, CancellationToken cancellation)
    {
        var work = Directory.CreateTempSubdirectory("cqpolicy-compare-");
        try
        {
            using var tape = new DecisionTape(Path.Combine(work.FullName, "baseline.tape"));
            var stamp = Stamp(input);
            var baseSummary = new CsvBatchEvaluator(new PolicyEngine(baseline, clock)).Evaluate(
                input, Path.Combine(work.FullName, "baseline.csv"),
                options with { RowDecided = (row, d) => tape.Write(row.RowNumber, d.Outcome, d.PayableYuan) },
                progress is null ? null : new Progress(p => progress(0, p)), cancellation);
            File.Delete(Path.Combine(work.FullName, "baseline.csv"));
            tape.Rewind();

            var changed = new Dictionary<string, int>(StringComparer.Ordinal);
            var outcomeChanged = 0;
            var largest = new PriorityQueue<ChangedRecord, (decimal Size, int Row)>(Comparer<(decimal Size, int Row)>.Create((a, b) => a.Size != b.Size ? a.Size.CompareTo(b.Size) : b.Row.CompareTo(a.Row)));
            using var text = new StreamWriter(impact, DecisionCsvWriter.FileEncoding, 1 << 16, leaveOpen: true);
            using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true))
            {
                writer.Header.Add(Columns.AsSpan());
                writer.Header.Write();
                void Pair(ApplicationRow row, Decision d)
                {
                    if (!tape.Read(out var number, out var outcome, out var payable) || number != row.RowNumber)
                    {
                        throw Changed(input);
                    }

                    if (outcome == d.Outcome && payable == d.PayableYuan)
                    {
                        return;
                    }

                    var record = new ChangedRecord(row.RowNumber, row.ApplicationId, row.MeasureText, outcome, payable, d.Outcome, d.PayableYuan);
                    using (var r = writer.NewRow())
                    {
                        r[0].Set(SpreadsheetText.EscapeFormula(record.ApplicationId));
                        r[1].Set(SpreadsheetText.EscapeFormula(record.Measure));
                        r[2].Set(record.BaselineOutcome.ToString());
                        r[3].Set(DecisionCsvWriter.Money(record.BaselinePayableYuan));
                        r[4].Set(record.AlternativeOutcome.ToString());
                        r[5].Set(DecisionCsvWriter.Money(record.AlternativePayableYuan));
                        r[6].Set(DecisionCsvWriter.Money(record.DifferenceYuan));
                        r[7].Set(record.Row.ToString(CultureInfo.InvariantCulture));
                    }

                    changed[row.MeasureText] = changed.GetValueOrDefault(row.MeasureText) + 1;
                    outcomeChanged += outcome != d.Outcome ? 1 : 0;
                    largest.Enqueue(record, (Math.Abs(record.DifferenceYuan), record.Row));
                    if (largest.Count > keep)
                    {
                        largest.Dequeue();
                    }
                }

                var altSummary = new CsvBatchEvaluator(new PolicyEngine(alternative, clock)).Evaluate(
                    input, Path.Combine(work.FullName, "alternative.csv"),
                    options with { RowDecided = Pair, Warning = null },
                    progress is null ? null : new Progress(p => progress(1, p)), cancellation);
                if (tape.Read(out _, out _, out _) || Stamp(input) != stamp)
                {
                    throw Changed(input);
                }

                var measures = baseSummary.Measures.Zip(altSummary.Measures, (b, a) => b.Measure == a.Measure ? new MeasureImpact(b, a, changed.GetValueOrDefault(b.Measure)) : throw Changed(input)).ToImmutableArray();
                var kept = new List<ChangedRecord>(largest.Count);
                while (largest.TryDequeue(out var record, out _))
                {
                    kept.Add(record);
                }

                kept.Reverse();
                return new Comparison(baseSummary, altSummary, measures, new MeasureImpact(baseSummary.Total, altSummary.Total, changed.Values.Sum()), outcomeChanged, [.. kept]);
            }
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the folder is in the system's temporary folder.
            }
        }
    }

    private static CsvFileException Changed(string input) =>
        new(input, "changed while it was being read; run again when it is no longer being written");

    private static (long Length, DateTime Written) Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
    }

    private sealed class Progress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
