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
/// The file is read twice. The first pass decides every row and keeps, for 就高不重复, only what the rule needs
/// per subject (the best award so far and the other-policy support declared), plus the application ids seen,
/// to find repeats. The second pass decides every row again, applies 就高不重复 across the whole file and writes
/// each decision in input order. Rules are deterministic, so both passes decide alike.
/// </para>
/// <para>
/// Each pass runs on every core: one thread splits the file into batches of rows, worker threads read the cells,
/// decide and render the batches' lines, and the calling thread takes the batches back in file order to find
/// repeated ids, observe 就高不重复, write and count. A bounded number of batches is in flight, so memory does not
/// grow with the file.
/// </para>
/// <para>
/// The output is written to a temporary file and moved into place only when every row is written: a failure
/// or a cancellation leaves no partial file. A row whose <c>application_id</c> repeats an earlier row's is
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

        var today = Engine.Today();
        var resolver = new NonDuplicationResolver(Engine.Parameters.General);
        var repeated = new HashSet<int>();
        var stamp = Stamp(inputPath);

        // The input is checked first, then the output's folder, before any long work.
        var first = ApplicationCsvReader.Open(inputPath, options.Encoding);
        AtomicFile output;
        AtomicFile? records = null;
        try
        {
            output = OutputFile.Create(outputPath);
            try
            {
                records = options.RecordsPath is { } path ? OutputFile.Create(path) : null;
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

        long firstPassRows;

        // Pass 1: decide and observe. Rows are decided on every core; ids and 就高不重复 are taken in file order.
        using (var reader = first)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            long rows = 0;
            RowPipeline.Run(
                reader,
                () => 0,
                (batch, _) =>
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        if (batch.Rows[i].Record is { } record)
                        {
                            batch.Decisions[i] = Engine.GetRule(record.Measure).Evaluate(record, today);
                        }
                    }
                },
                batch =>
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        var row = batch.Rows[i];
                        if (row.ApplicationId.Length > 0 && !ids.Add(row.ApplicationId))
                        {
                            repeated.Add(row.RowNumber);
                        }
                        else if (row.Record is { } record)
                        {
                            resolver.Observe(record, batch.Decisions[i]!);
                        }
                    }

                    rows += batch.Count;
                    progress?.Report(new BatchProgress(BatchPhase.Reading, batch.Position, reader.Length, rows));
                },
                cancellationToken);
            progress?.Report(new BatchProgress(BatchPhase.Reading, reader.Length, reader.Length, rows));
            firstPassRows = rows;
        }

        // Pass 2: decide again, resolve and render on every core; write in file order.
        cancellationToken.ThrowIfCancellationRequested();
        var summary = new SummaryBuilder();
        string encodingName;
        int blankRows;
        IReadOnlyList<string> unknown;
        using (var reader = ApplicationCsvReader.Open(inputPath, options.Encoding))
        {
            if (Stamp(inputPath) != stamp)
            {
                throw new CsvFileException(inputPath, "changed while it was being read; run again when it is no longer being written");
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
                        var decision = Decide(row, repeated.Contains(row.RowNumber), resolver, today);
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
            if (rows != firstPassRows)
            {
                // 就高不重复 was decided over the rows of the first reading; the output must be of the same rows.
                throw new CsvFileException(inputPath, "changed while it was being read; run again when it is no longer being written");
            }

            encodingName = reader.EncodingName;
            blankRows = reader.BlankRows;
            unknown = reader.UnknownColumns;
        }

        if (Stamp(inputPath) != stamp)
        {
            throw new CsvFileException(inputPath, "changed while it was being read; run again when it is no longer being written");
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

    private Decision Decide(ApplicationRow row, bool repeated, NonDuplicationResolver resolver, NodaTime.LocalDate today)
    {
        if (row.Record is not { } record)
        {
            if (!repeated && row.PartialRecord is { } partial && row.Problems.All(p => p.Code == ProblemCode.Required && p.Field == RecordField.ApplicationId))
            {
                // Only the id is missing, which the rules find themselves: decide the row as the engine does, so that
                // its decision record replays.
                return Engine.GetRule(partial.Measure).Evaluate(partial, today);
            }

            var problems = repeated ? [.. row.Problems, new Problem(RecordField.ApplicationId, row.ApplicationId, ProblemCode.DuplicateApplicationId)] : row.Problems;
            return Decision.ForInvalidInput(row.ApplicationId, row.SubjectId, row.Measure ?? default, today, problems, Info(row));
        }

        var decision = Engine.GetRule(record.Measure).Evaluate(record, today);

        // As PolicyEngine.EvaluateBatch: a repeated id is decided, keeps its trace and is made invalid; it takes no part in 就高不重复.
        if (repeated)
        {
            return decision.WithDuplicateApplicationId();
        }

        // The resolver is for one thread: the workers take turns (it only looks up what the first pass observed).
        lock (resolver)
        {
            return resolver.Resolve(decision);
        }
    }

    /// <summary>How much is written between two flushes to disk in the background.</summary>
    private const long FlushEvery = 64L << 20;

    private static void Write(AtomicFile file, ReadOnlySpan<byte> bytes)
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

    private Catalogue.MeasureInfo? Info(ApplicationRow row) => row.Measure is { } m ? Engine.Catalogue.Get(m) : null;

    private static (long Length, DateTime Written) Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, default);
    }
}
