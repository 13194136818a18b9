using System.Buffers;
using ChongqingServicePolicy.Csv.Internal;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Csv;

/// <summary>
/// Decides an applications file and writes decisions.csv, streaming: files larger than memory are fine.
/// </summary>
/// <remarks>
/// <para>
/// 就高不重复 is applied across the whole file, so the file is read once to decide every row and to keep, compactly,
/// what the rule needs: the application ids seen, to find repeats; for each subject, how many of its rows take part
/// and whether one declares support under another policy; and the facts and cells of those rows. The rows of the
/// subjects the rule compares are then resolved from those facts, in file order, as
/// <see cref="PolicyEngine.EvaluateBatch(IEnumerable{ApplicationRecord}, NodaTime.LocalDate)"/> would.
/// </para>
/// <para>
/// That one reading also writes every row's line to the temporary decisions.csv, as if 就高不重复 changed nothing;
/// the parts of the compared rows' lines that the rule changes (the payable amount, the reason, the explanation's
/// heading and the rule's own text) are then written again in place, moving the lines after them as their lengths
/// change, while the explanation's steps stay as written. When decision records are written or
/// <see cref="CsvEvaluationOptions.RowDecided"/> is set, the file is read a second time instead and each row decided
/// again, resolved and written (with its record) in input order.
/// </para>
/// <para>
/// Each reading runs on every core: one thread splits the file into batches of rows, worker threads read the cells,
/// decide and render the batches' lines, and the calling thread takes the batches back in file order to find
/// repeated ids, keep what 就高不重复 needs, write and count. A bounded number of batches is in flight.
/// </para>
/// <para>
/// The output is written to a temporary file and moved into place only when every row is written: a failure
/// or a cancellation leaves no partial file (<see cref="CsvEvaluationOptions.FlushToDisk"/> also flushes it to disk first). A row whose <c>application_id</c> repeats an earlier row's is
/// <c>Invalid</c>. An evaluator is immutable and may be shared; each call holds its own state.
/// </para>
/// </remarks>
public sealed class CsvBatchEvaluator
{
    /// <summary>Creates an evaluator over an engine.</summary>
    /// <param name="engine">The engine, with its parameters and clock.</param>
    public CsvBatchEvaluator(PolicyEngine engine) => Engine = engine ?? throw new ArgumentNullException(nameof(engine));

    /// <summary>The engine deciding the rows.</summary>
    public PolicyEngine Engine { get; }

    /// <summary>Decides every row of <paramref name="inputPath"/> and writes decisions.csv to <paramref name="outputPath"/>.</summary>
    /// <param name="inputPath">The applications file.</param>
    /// <param name="outputPath">The decisions file; replaced only when complete.</param>
    /// <param name="options">How to read and write; defaults when <see langword="null"/>.</param>
    /// <param name="progress">Told how far each pass has got, every few thousand rows.</param>
    /// <param name="cancellationToken">Stops the run; nothing is written then.</param>
    /// <returns>The counts and totals.</returns>
    /// <exception cref="CsvFileException">The input cannot be read, or the output cannot be written.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public BatchSummary Evaluate(string inputPath, string outputPath, CsvEvaluationOptions? options = null, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(inputPath);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        options ??= new CsvEvaluationOptions();
        if (OutputFile.SamePath(inputPath, outputPath))
        {
            throw new CsvFileException(outputPath, "is the input file; choose another output path");
        }

        if (options.RecordsPath is { } recordsPath && (OutputFile.SamePath(recordsPath, inputPath) || OutputFile.SamePath(recordsPath, outputPath)))
        {
            throw new CsvFileException(recordsPath, OutputFile.SamePath(recordsPath, inputPath) ? "is the input file; choose another path for the decision records" : "is also the decisions.csv path; choose another path for the decision records");
        }

        var stamp = Stamp(inputPath);

        // The input is checked first, then the output's folder, before any long work.
        var first = ApplicationCsvReader.Open(inputPath, options.Encoding);
        AtomicFile output;
        AtomicFile? records = null;
        try
        {
            output = OutputFile.Create(outputPath, options.FlushToDisk);
            try
            {
                records = options.RecordsPath is { } path ? OutputFile.Create(path, options.FlushToDisk) : null;
            }
            catch
            {
                output.Dispose();
                throw;
            }
        }
        catch
        {
            first.Dispose();
            throw;
        }

        using var outputScope = output;
        using var recordsScope = records;
        var run = new FileEvaluation(Engine, options, progress, cancellationToken);
        var today = run.Today;
        string encodingName;
        int blankRows;
        IReadOnlyList<string> unknown;
        using (var reader = first)
        {
            run.Read(reader, output);
            encodingName = reader.EncodingName;
            blankRows = reader.BlankRows;
            unknown = reader.UnknownColumns;
        }

        if (Stamp(inputPath) != stamp)
        {
            throw Changed(inputPath);
        }

        cancellationToken.ThrowIfCancellationRequested();
        run.ObserveComparedSubjects();
        var summary = run.WritesWhileReading ? run.Rewrite() : WriteFromSecondReading(run, inputPath, stamp, options, output, records, progress, cancellationToken);
        if (Stamp(inputPath) != stamp)
        {
            throw Changed(inputPath);
        }

        cancellationToken.ThrowIfCancellationRequested();
        OutputFile.Commit(output);
        if (records is not null)
        {
            OutputFile.Commit(records);
        }

        // Warnings come once the run has succeeded, so a file that stops gives its one error line alone.
        if (unknown.Count > 0)
        {
            options.Warning?.Invoke($"{inputPath}: ignoring unknown column{(unknown.Count > 1 ? "s" : string.Empty)} {string.Join(", ", unknown.Take(10).Select(c => $"'{CsvTable.Shorten(c, 40)}'"))}{(unknown.Count > 10 ? $" and {unknown.Count - 10} more" : string.Empty)}");
        }

        if (options.Encoding == CsvEncoding.Gb18030 && encodingName != "gb18030")
        {
            options.Warning?.Invoke($"{inputPath}: the file starts with a {encodingName.ToUpperInvariant()} byte order mark, so it is read as {encodingName.ToUpperInvariant()}, not GB18030");
        }

        return summary.Build(inputPath, output.Path, encodingName, today, blankRows, unknown) with { RecordsPath = records?.Path };
    }

    /// <summary>Reads the file again, deciding every row again, resolving it and writing its line (and record) in input order.</summary>
    private SummaryBuilder WriteFromSecondReading(
        FileEvaluation run, string inputPath, (long, DateTime) stamp, CsvEvaluationOptions options, AtomicFile output, AtomicFile? records,
        IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var summary = new SummaryBuilder();
        var today = run.Today;
        using var reader = ApplicationCsvReader.Open(inputPath, options.Encoding);
        if (Stamp(inputPath) != stamp)
        {
            throw Changed(inputPath);
        }

        Write(output, DecisionLines.Header());
        long rows = 0;
        RowPipeline.Run(
            reader,
            () => new DecisionLines(options.Language),
            (batch, lines) =>
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var row = batch.Rows[i];
                    var decision = run.Decide(row);
                    batch.Decisions[i] = decision;
                    lines.Write(row, decision, batch.Lines);
                    if (records is not null)
                    {
                        // The input as read: the typed record, or for a row with unreadable cells the cells that read.
                        Engine.CreateRecord(row.Record ?? row.PartialRecord!, decision, today).WriteTo(batch.Records);
                        batch.Records.Write("\n"u8);
                    }
                }
            },
            batch =>
            {
                Write(output, batch.Lines.WrittenSpan);
                if (records is not null)
                {
                    Write(records, batch.Records.WrittenSpan);
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    summary.Add(batch.Rows[i], batch.Decisions[i]!);
                    options.RowDecided?.Invoke(batch.Rows[i], batch.Decisions[i]!);
                }

                rows += batch.Count;
                progress?.Report(new BatchProgress(BatchPhase.Writing, batch.Position, reader.Length, rows));
            },
            cancellationToken);

        progress?.Report(new BatchProgress(BatchPhase.Writing, reader.Length, reader.Length, rows));
        if (rows != run.Rows)
        {
            // 就高不重复 was decided over the rows of the first reading; the output must be of the same rows.
            throw Changed(inputPath);
        }

        return summary;
    }

    private static CsvFileException Changed(string inputPath) =>
        new(inputPath, "changed while it was being read; run again when it is no longer being written");

    /// <summary>How much is written between two flushes to disk in the background.</summary>
    private const long FlushEvery = 64L << 20;

    internal static void Write(AtomicFile file, ReadOnlySpan<byte> bytes)
    {
        try
        {
            var before = file.Stream.Position;
            file.Stream.Write(bytes);
            if (before / FlushEvery != file.Stream.Position / FlushEvery)
            {
                file.FlushToDiskInBackground();
            }
        }
        catch (IOException ex)
        {
            throw OutputFile.Failed(file.Path, ex);
        }
    }

    private static (long Length, DateTime Written) Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
    }
}
