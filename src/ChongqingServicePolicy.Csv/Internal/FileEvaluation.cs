using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// One run of <see cref="CsvBatchEvaluator.Evaluate"/>: the state it keeps between reading the file and writing
/// decisions.csv, and the steps in between.
/// </summary>
/// <remarks>
/// <para>
/// 就高不重复 is decided over the whole file, so no line involving it can be final before the last row is read.
/// The first reading decides every row and keeps, compactly, what the rule needs: each application id (to find
/// repeats), each subject with how many of its rows take part and whether one declares other support, and for
/// every row that takes part or declares support, what the rule compares of it. Once the file is read, the rows of
/// the subjects the rule compares (more than one row taking part, or other support declared) are observed from those
/// facts, in file order, exactly as a batch would be (by two <see cref="NonDuplicationResolver"/>s, each for half of
/// the subjects), and those that take part are resolved from the same facts.
/// </para>
/// <para>
/// Usually (<see cref="WritesWhileReading"/>) the first reading also writes every row's line to decisions.csv's
/// temporary file, as if 就高不重复 changed nothing, noting where the parts of a taking-part row's line are; the
/// parts the rule changes are then written again in place (<see cref="InPlaceRewrite"/>), so no row is decided or
/// rendered twice. The exception is a row whose own texts UTF-8 cannot carry piece by piece (a lone surrogate): its
/// cells are saved as read, and it is read, decided and written whole again. When decision records are asked for or
/// a host is told of every row in order, the file is read a second time instead, and every line (and record) is
/// written then.
/// </para>
/// </remarks>
internal sealed class FileEvaluation
{
    /// <summary>Rows rewritten between two reports of progress.</summary>
    private const int ProgressRows = 4096;

    /// <summary>A key's state: some row has it as its application id.</summary>
    private const byte IdSeen = 1;

    /// <summary>A key's state: some row of the subject declares support under another policy.</summary>
    private const byte DeclaresOther = 2;

    private readonly PolicyEngine _engine;
    private readonly LocalDate _today;
    private readonly CsvEvaluationOptions _options;
    private readonly IProgress<BatchProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly bool _writesWhileReading;

    /// <summary>Each row whose application id repeats an earlier row's, with the row where the id first appears.</summary>
    private readonly Dictionary<int, int> _repeatOf = [];
    private readonly RelevantRows _relevant = new();
    private readonly ByteLog _cells = new();
    private readonly RowSet _compared = new();

    /// <summary>The compared rows taking part whose subject's key is odd, observed by the second resolver.</summary>
    private readonly RowSet _comparedOdd = new();
    private readonly List<Problem> _problems = [];
    private readonly List<(decimal? Award, string? Name)> _others = [];
    private bool[] _isCompared = [];
    private KeyTable _keys = new();
    private int[] _takingPart = new int[1024];
    private byte[] _keyState = new byte[1024];
    private int[] _firstRow = new int[1024];
    private int[] _comparedRows = [];
    private string[] _comparedIds = [];
    private string[] _comparedSubjects = [];
    private NonDuplicationResolver[] _resolvers = [];
    private UncomparedSums? _uncompared;
    private Thread? _flusher;
    private ExceptionDispatchInfo? _flushFault;
    private SummaryBuilder? _summary;
    private DecisionLines? _inOrderLines;
    private ArrayBufferWriter<byte>? _scratch;
    private RowCells? _rereadCells;
    private byte[] _rereadScratch = [];
    private int _headerFields;
    private long _rows;
    private AtomicFile? _output;
    private long _written;

    // The last word Touch read, kept so that its reads are made.
    private ulong _touched;

    internal FileEvaluation(PolicyEngine engine, CsvEvaluationOptions options, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        _engine = engine;
        _today = engine.Today();
        _options = options;
        _progress = progress;
        _cancellationToken = cancellationToken;
        _writesWhileReading = options.RecordsPath is null && options.RowDecided is null && !options.ReadTwice;
        _summary = _writesWhileReading ? new SummaryBuilder() : null;
    }

    /// <summary>The day rows are decided as of.</summary>
    internal LocalDate Today => _today;

    /// <summary>Whether every line is written while the file is read, so that the file is read once.</summary>
    internal bool WritesWhileReading => _writesWhileReading;

    /// <summary>The number of rows the first reading found.</summary>
    internal long Rows => _rows;

    /// <summary>Reads and decides every row, keeping what 就高不重复 needs and, when <see cref="WritesWhileReading"/>, writing every line to <paramref name="output"/>.</summary>
    internal void Read(ApplicationCsvReader reader, AtomicFile output)
    {
        _headerFields = reader.HeaderFields;

        // Application ids and subjects share one table (a subject is usually an application id); a generated row
        // takes about 130 bytes, so the table starts with room for the rows the file seems to hold.
        _keys = new KeyTable((int)Math.Min(reader.Length / 100, 1 << 26));
        if (_writesWhileReading)
        {
            _output = output;
            Write(DecisionLines.Header());
        }

        RowPipeline.Run(
            reader, () => (Lines: new DecisionLines(_options.Language), Problems: new List<Problem>()), (batch, state) => ReadWork(reader, batch, state.Lines, state.Problems),
            batch => ReadInOrder(reader, batch), _cancellationToken, readCells: false);
        _progress?.Report(new BatchProgress(BatchPhase.Reading, reader.Length, reader.Length, _rows));
    }

    /// <summary>
    /// Finds the subjects 就高不重复 compares and observes their rows from the facts kept, in file order, for
    /// <see cref="Decide"/> and <see cref="Rewrite"/> to resolve.
    /// </summary>
    internal void ObserveComparedSubjects()
    {
        if (_writesWhileReading)
        {
            // The file's last lines go out on a thread of their own meanwhile: the other core is idle until Rewrite.
            var output = _output!;
            _flusher = RowPipeline.Start("cqpolicy flush", () =>
            {
                try
                {
                    Flush(output);
                }
                catch (Exception ex)
                {
                    _flushFault = ExceptionDispatchInfo.Capture(ex);
                }
            });
        }

        var compared = new List<int>();
        _isCompared = new bool[_relevant.Count];
        for (var i = 0; i < _relevant.Count; i++)
        {
            ref readonly var row = ref _relevant[i];
            var subject = row.Subject;
            if (_takingPart[subject] > 1 || (_takingPart[subject] == 1 && (_keyState[subject] & DeclaresOther) != 0))
            {
                compared.Add(i);
                if (row.TakesPart)
                {
                    _isCompared[i] = true;
                    _compared.Add(row.RowNumber);
                    if ((subject & 1) != 0)
                    {
                        _comparedOdd.Add(row.RowNumber);
                    }
                }
            }
        }

        _comparedRows = [.. compared];
        _comparedIds = new string[_comparedRows.Length];
        _comparedSubjects = new string[_comparedRows.Length];

        // The subjects fall in two halves by their key's parity, each observed by a resolver of its own on a thread of
        // its own: a subject's rows all fall in one half, so each resolver sees them all, in file order.
        var general = _engine.Parameters.General;
        _resolvers = [new NonDuplicationResolver(general), new NonDuplicationResolver(general)];
        ExceptionDispatchInfo? oddFault = null;
        var odd = RowPipeline.Start("cqpolicy observer", () =>
        {
            try
            {
                Observe(1);
            }
            catch (Exception ex)
            {
                oddFault = ExceptionDispatchInfo.Capture(ex);
            }
        });

        try
        {
            Observe(0);
        }
        finally
        {
            odd.Join();
        }

        oddFault?.Throw();
    }

    /// <summary>
    /// Observes the compared rows of one half of the subjects (those whose key has parity <paramref name="half"/>) from
    /// the facts kept of each row, in file order, as the resolver would have observed the rows themselves. The texts of
    /// the rows taking part are kept for <see cref="Rewrite"/>, which resolves them by the same facts.
    /// </summary>
    private void Observe(int half)
    {
        var resolver = _resolvers[half];
        for (var k = 0; k < _comparedRows.Length; k++)
        {
            var i = _comparedRows[k];
            ref readonly var row = ref _relevant[i];
            if ((row.Subject & 1) != half)
            {
                continue;
            }

            var subject = _keys.Text(row.Subject);
            string? takingPart = null;
            if (row.TakesPart)
            {
                takingPart = _keys.Text(row.Id);
                _comparedIds[k] = takingPart;
                _comparedSubjects[k] = subject;
            }

            var (otherAward, otherName) = row.Other >= 0 ? _others[row.Other] : default;
            resolver.Observe(subject, takingPart, row.Measure, row.Award, row.Date, otherAward, otherName);
        }
    }

    /// <summary>
    /// Writes again, in place, the lines of the rows 就高不重复 compares; the other lines stay as written. A line
    /// changes only in its payable amount, its reason, the heading of its explanation and the rule's own text at the
    /// end, so those parts are written from the facts kept and the rest (the explanation's steps) stays as it is:
    /// no row is read, decided or rendered again, except the rare one whose texts UTF-8 cannot carry.
    /// </summary>
    /// <remarks>
    /// Two threads share the work, as nothing else is left to do by then: a second thread resolves the rows and renders the
    /// parts that change (<see cref="PatchBatch"/>), batch by batch in file order, while this one moves the file's
    /// bytes and puts the parts in place. Nothing but the finished batches passes between them, and, once the second
    /// thread is done, the sums of the payable amounts of the rows the rule does not compare.
    /// </remarks>
    /// <returns>The summary.</returns>
    internal SummaryBuilder Rewrite()
    {
        var summary = _summary!;
        var output = _output!;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken);
        using var ready = new BlockingCollection<PatchBatch>(4);
        using var free = new BlockingCollection<PatchBatch>(4);
        for (var i = 0; i < 4; i++)
        {
            free.Add(new PatchBatch());
        }

        var patcher = RowPipeline.Start("cqpolicy patcher", () => MakePatches(ready, free, stop.Token));
        var done = 0;
        try
        {
            // The file's last lines, flushed while the compared subjects were observed, have gone out.
            if (_flusher is { } flusher)
            {
                flusher.Join();
                _flushFault?.Throw();
            }
            else
            {
                Flush(output);
            }

            var firstRow = Array.FindIndex(_comparedRows, i => _isCompared[i]);
            using var rewrite = new InPlaceRewrite(output.Stream, firstRow < 0 ? _written : _relevant[_comparedRows[firstRow]].LineAt, _written);
            foreach (var batch in ready.GetConsumingEnumerable(_cancellationToken))
            {
                batch.Error?.Throw();
                try
                {
                    for (var j = 0; j < batch.Count; j++)
                    {
                        ref readonly var patch = ref batch.Patches[j];
                        ref readonly var row = ref _relevant[patch.Index];
                        if (patch.FirstLength >= 0)
                        {
                            // The line's parts that change, or (with no middle kept) the whole line.
                            var bytes = batch.Bytes.WrittenSpan;
                            if (patch.Whole)
                            {
                                rewrite.Keep(row.LineAt);
                                rewrite.Drop(row.LineAt + row.LineLength);
                                rewrite.Insert(bytes.Slice(patch.FirstAt, patch.FirstLength));
                            }
                            else
                            {
                                rewrite.Keep(row.LineAt + row.Layout.PayableAt);
                                rewrite.Drop(row.LineAt + row.Layout.MiddleStart);
                                rewrite.Insert(bytes.Slice(patch.FirstAt, patch.FirstLength));
                                rewrite.Keep(row.LineAt + row.Layout.MiddleEnd);
                                rewrite.Drop(row.LineAt + row.LineLength);
                                rewrite.Insert(bytes.Slice(patch.LastAt, patch.LastLength));
                            }
                        }

                        summary.AddPayable(row.Slot, patch.Payable, patch.Reduced);
                        if (++done % ProgressRows == 0)
                        {
                            _cancellationToken.ThrowIfCancellationRequested();
                            _progress?.Report(new BatchProgress(BatchPhase.Writing, rewrite.Consumed, _written, RowsBefore(rewrite.Consumed)));
                        }
                    }
                }
                catch (IOException ex)
                {
                    throw OutputFile.Failed(output.Path, ex);
                }

                batch.Clear();
                free.Add(batch, _cancellationToken);
            }

            try
            {
                rewrite.Finish();
            }
            catch (IOException ex)
            {
                throw OutputFile.Failed(output.Path, ex);
            }
        }
        finally
        {
            stop.Cancel();
            patcher.Join();
        }

        _progress?.Report(new BatchProgress(BatchPhase.Writing, _written, _written, _rows));

        // The rows the rule does not compare keep the amounts of the first reading, summed by the patcher thread (here
        // when it could not: a sum overflowed, which is then raised here).
        var sums = _uncompared ?? SumUncompared();
        for (var slot = 0; slot < sums.Seen.Length; slot++)
        {
            if (sums.Seen[slot])
            {
                summary.AddPayables(slot, sums.Payable[slot], sums.Reduced[slot]);
            }
        }

        return summary;
    }

    /// <summary>
    /// The second thread of <see cref="Rewrite"/>: the patches of the compared rows that take part, in file order, a
    /// batch at a time. A fault is handed on in its batch, to be raised in order.
    /// </summary>
    private void MakePatches(BlockingCollection<PatchBatch> ready, BlockingCollection<PatchBatch> free, CancellationToken stop)
    {
        var handedOver = false;
        try
        {
            var resolvers = _resolvers;
            var lines = new DecisionLines(_options.Language);
            var batch = free.Take(stop);
            try
            {
                for (var k = 0; k < _comparedRows.Length; k++)
                {
                    var index = _comparedRows[k];
                    if (!_isCompared[index])
                    {
                        continue;
                    }

                    if (batch.Count == batch.Patches.Length)
                    {
                        ready.Add(batch, stop);
                        batch = free.Take(stop);
                    }

                    batch.Patches[batch.Count++] = MakePatch(index, _comparedSubjects[k], _comparedIds[k], resolvers[_relevant[index].Subject & 1], lines, batch.Bytes);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                batch.Error = ExceptionDispatchInfo.Capture(ex);
            }

            // Read before the batch is handed over, as the caller clears it once applied.
            var failed = batch.Error is not null;
            ready.Add(batch, stop);
            handedOver = !failed;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopped by the caller, which has stopped taking batches.
        }
        finally
        {
            ready.CompleteAdding();
        }

        // While the calling thread puts the last patches in place: what the summary needs of the other rows. (Every
        // patch handed over, the caller's stopping, even before this, does not matter: it has what it needs.)
        if (handedOver)
        {
            try
            {
                _uncompared = SumUncompared();
            }
            catch (OverflowException)
            {
                // Left for the calling thread to sum, and to raise.
            }
        }
    }

    /// <summary>
    /// The payable amounts of the rows the rule does not compare (they keep those of the first reading) and how many
    /// are reduced, by summary slot.
    /// </summary>
    /// <exception cref="OverflowException">A sum is beyond a decimal's range.</exception>
    private UncomparedSums SumUncompared()
    {
        var sums = new UncomparedSums(new decimal[256], new int[256], new bool[256]);
        for (var i = 0; i < _relevant.Count; i++)
        {
            ref readonly var row = ref _relevant[i];
            if (!_isCompared[i])
            {
                sums.Payable[row.Slot] += row.Payable;
                sums.Reduced[row.Slot] += row.Reduced ? 1 : 0;
                sums.Seen[row.Slot] = true;
            }
        }

        return sums;
    }

    /// <summary>
    /// A compared row's patch: 就高不重复's result by parts (the payable amount, the reason and the explanation's heading,
    /// then the rule's text after the steps, which stay as written), or the whole line, from the row's cells read and
    /// decided again, when a text of the line is one UTF-8 cannot carry.
    /// </summary>
    private LinePatch MakePatch(
        int index, string subject, string id, NonDuplicationResolver resolver, DecisionLines lines, ArrayBufferWriter<byte> bytes)
    {
        ref readonly var row = ref _relevant[index];
        var layout = row.Layout;
        if (layout.Patchable && row.RuleInfo)
        {
            // As NonDuplicationResolver.Resolve and Decision.WithNonDuplication, from the facts of the row's decision.
            var nonDuplication = resolver.Compare(subject, id, row.Measure, row.Award, row.Date);
            if (nonDuplication is null)
            {
                return new LinePatch(index, row.Payable, row.Reduced);
            }

            var suppressed = nonDuplication.Suppression != SuppressionKind.None;
            var payable = suppressed ? 0m : row.Payable;
            var reason = nonDuplication.Suppression switch
            {
                SuppressionKind.SupersededByHigher => ReasonCode.SupersededByHigher,
                SuppressionKind.SupersededByOtherPolicy => ReasonCode.SupersededByOtherPolicy,
                _ => row.AwardReason,
            };
            // The two parts go straight into the batch's bytes, one after the other. Rows taking part are eligible; a
            // payable amount below the award counts as suppressed.
            var firstAt = bytes.WrittenCount;
            lines.WriteResolved(Outcome.Eligible, row.Award, payable, reason, _engine.GetRule(row.Measure).Info, nonDuplication, layout.MiddleQuotes, bytes, out var firstLength);
            var lastAt = firstAt + firstLength;
            return new LinePatch(index, payable, payable < row.Award, Whole: false, firstAt, firstLength, lastAt, bytes.WrittenCount - lastAt);
        }

        // The line written whole again, from the row's cells, saved for this, read and decided again.
        var (read, decision) = Redecide(index);
        var resolved = resolver.Resolve(decision);
        var at = bytes.WrittenCount;
        lines.Write(read, resolved, bytes);
        return new LinePatch(
            index, resolved.PayableYuan, resolved.Outcome == Outcome.Eligible && resolved.PayableYuan < resolved.AwardYuan, Whole: true, at, bytes.WrittenCount - at, 0, 0);
    }

    /// <summary>A row's final decision when the file is read a second time: repeats marked, 就高不重复 applied.</summary>
    internal Decision Decide(ApplicationRow row)
    {
        int? firstRow = _repeatOf.TryGetValue(row.RowNumber, out var first) ? first : null;
        var decision = DecideAlone(row, firstRow);
        if (firstRow is not null || row.Record is null || !_compared.Contains(row.RowNumber))
        {
            // A row the rule does not compare is its subject's only support: Resolve would leave it as it is.
            return decision;
        }

        var resolver = _resolvers[_comparedOdd.Contains(row.RowNumber) ? 1 : 0];
        lock (resolver)
        {
            return resolver.Resolve(decision);
        }
    }

    /// <summary>
    /// A row's decision without 就高不重复: as <see cref="PolicyEngine.EvaluateBatch(IEnumerable{ApplicationRecord}, LocalDate)"/>
    /// decides a record, with a repeated application id marked (naming the row where it first appears); a row with
    /// unreadable cells is invalid.
    /// </summary>
    private Decision DecideAlone(ApplicationRow row, int? firstRow)
    {
        var repeated = firstRow is not null;
        var earlier = firstRow?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (row.Record is not { } record)
        {
            if (!repeated && row.PartialRecord is { } partial && row.Problems.All(p => p.Code == ProblemCode.Required && p.Field == RecordField.ApplicationId))
            {
                // Only the id is missing, which the rules find themselves: decide the row as the engine does, so that
                // its decision record replays.
                return _engine.GetRule(partial.Measure).Evaluate(partial, _today);
            }

            var problems = repeated ? [.. row.Problems, new Problem(RecordField.ApplicationId, row.ApplicationId, ProblemCode.DuplicateApplicationId, earlier)] : row.Problems;
            return Decision.ForInvalidInput(row.ApplicationId, row.SubjectId, row.Measure ?? default, _today, problems, row.Measure is { } m ? _engine.Catalogue.Get(m) : null);
        }

        var decision = _engine.GetRule(record.Measure).Evaluate(record, _today);

        // As PolicyEngine.EvaluateBatch: a repeated id is decided, keeps its trace and is made invalid; it takes no part in 就高不重复.
        return repeated ? decision.WithDuplicateApplicationId(earlier) : decision;
    }

    private void ReadWork(ApplicationCsvReader reader, RowBatch batch, DecisionLines lines, List<Problem> problems)
    {
        var writing = _writesWhileReading;
        var cells = batch.Cells;
        for (var i = 0; i < batch.Count; i++)
        {
            // A row at a time, and only plain values go on to the calling thread: no object of a row outlives its turn here.
            var row = reader.Parse(batch, i, problems);
            var decision = DecideAlone(row, firstRow: null);
            ref var facts = ref batch.Facts[i];
            facts.Outcome = decision.Outcome;
            facts.Measure = SummaryBuilder.Slot(row.Measure);
            facts.Award = decision.AwardYuan;
            facts.Payable = decision.PayableYuan;
            facts.Problems = decision.Problems;
            facts.IdHash = string.GetHashCode(cells.Span(i, 0));
            if (row.Record is { } record)
            {
                // What NonDuplicationResolver.Observe counts.
                facts.TakesPart = decision.Outcome == Outcome.Eligible && decision.AwardYuan > 0m;
                facts.DeclaresOther = record.OtherPolicyAwardYuan is not null && decision.Outcome != Outcome.Invalid;
                facts.DecisionMeasure = decision.Measure;
                facts.Date = decision.Date;
                if (facts.DeclaresOther)
                {
                    facts.OtherAward = record.OtherPolicyAwardYuan;
                    facts.OtherName = record.OtherPolicyName;
                }

                if (facts.Concerns)
                {
                    if (!decision.SubjectId.AsSpan().SequenceEqual(Subject(cells, i)))
                    {
                        facts.Subject = decision.SubjectId;
                    }
                    else if (!cells.IsNull(i, 6))
                    {
                        facts.SubjectHash = string.GetHashCode(cells.Span(i, 6));
                    }
                }
            }

            if (writing)
            {
                if (facts.TakesPart)
                {
                    // 就高不重复 may change the line later, by parts: where they are, and what the heading is made of.
                    lines.Write(row, decision, batch.Lines, out facts.Layout);
                    facts.AwardReason = decision.AwardReason;
                    facts.RuleInfo = decision.Info is { } info && ReferenceEquals(info, _engine.GetRule(decision.Measure).Info);
                    if (!facts.Layout.Patchable || !facts.RuleInfo)
                    {
                        // Rare: a line that cannot be changed by parts is written whole again, from the row's cells.
                        facts.SavedStart = batch.Saved.WrittenCount;
                        cells.Save(i, batch.Infos[i], batch.Saved);
                        facts.SavedLength = batch.Saved.WrittenCount - facts.SavedStart;
                    }
                }
                else
                {
                    lines.Write(row, decision, batch.Lines);
                }

                batch.LineEnds[i] = batch.Lines.WrittenCount;
            }
        }
    }

    /// <summary>The subject of a row as its cells give it: <c>subject_id</c>, or <c>application_id</c> when blank (as <see cref="ApplicationRecord.EffectiveSubjectId"/>).</summary>
    private static ReadOnlySpan<char> Subject(RowCells cells, int row) => cells.IsNull(row, 6) ? cells.Span(row, 0) : cells.Span(row, 6);

    private void ReadInOrder(ApplicationCsvReader reader, RowBatch batch)
    {
        var writing = _writesWhileReading;
        var cells = batch.Cells;
        var lines = batch.Lines.WrittenSpan;
        var lineStart = 0;
        var unwritten = 0;
        Touch(batch);
        for (var i = 0; i < batch.Count; i++)
        {
            ref readonly var facts = ref batch.Facts[i];
            var rowNumber = batch.Infos[i].RowNumber;
            var lineEnd = writing ? batch.LineEnds[i] : 0;
            var id = cells.Span(i, 0);
            var key = -1;
            var repeated = false;
            if (!id.IsEmpty)
            {
                key = Key(id, facts.IdHash);
                repeated = (_keyState[key] & IdSeen) != 0;
                if (!repeated)
                {
                    _keyState[key] |= IdSeen;
                    _firstRow[key] = rowNumber;
                }
            }

            if (repeated)
            {
                _repeatOf.Add(rowNumber, _firstRow[key]);
                if (writing)
                {
                    // Rare: the row is read and decided again, as a repeat, and its line written instead of the one made.
                    var row = reader.Parse(batch, i, _problems);
                    var decision = DecideAlone(row, _firstRow[key]);
                    _summary!.Add(row, decision);
                    var scratch = _scratch ??= new ArrayBufferWriter<byte>();
                    scratch.ResetWrittenCount();
                    (_inOrderLines ??= new DecisionLines(_options.Language)).Write(row, decision, scratch);
                    Write(lines[unwritten..lineStart]);
                    Write(scratch.WrittenSpan);
                    unwritten = lineEnd;
                }
            }
            else
            {
                if (facts.Concerns)
                {
                    // The subject: the application id's key itself when subject_id is blank.
                    var subject = facts.Subject is { } named ? Key(named, string.GetHashCode(named))
                        : cells.IsNull(i, 6) ? key
                        : Key(cells.Span(i, 6), facts.SubjectHash);
                    _takingPart[subject] += facts.TakesPart ? 1 : 0;
                    _keyState[subject] |= facts.DeclaresOther ? DeclaresOther : (byte)0;
                    var cellsAt = _cells.Append(batch.Saved.WrittenSpan.Slice(facts.SavedStart, facts.SavedLength));
                    var reduced = facts.Outcome == Outcome.Eligible && facts.Payable < facts.Award;
                    var lineAt = _written + (lineStart - unwritten);
                    var others = -1;
                    if (facts.DeclaresOther)
                    {
                        others = _others.Count;
                        _others.Add((facts.OtherAward, facts.OtherName));
                    }

                    _relevant.Add(new RelevantRow(
                        rowNumber, subject, key, facts.TakesPart, facts.DecisionMeasure, facts.Award, facts.Date, others,
                        cellsAt, lineAt, lineEnd - lineStart, (byte)facts.Measure, reduced, facts.Payable, facts.AwardReason, facts.RuleInfo, facts.Layout));
                    _summary?.AddLeavingPayable(rowNumber, facts.Measure, facts.Outcome, facts.Award, facts.Problems);
                }
                else
                {
                    _summary?.Add(rowNumber, facts.Measure, facts.Outcome, facts.Award, facts.Payable, facts.Problems);
                }
            }

            lineStart = lineEnd;
        }

        if (writing)
        {
            Write(lines[unwritten..]);
        }

        _rows += batch.Count;
        _progress?.Report(new BatchProgress(BatchPhase.Reading, batch.Position, reader.Length, _rows));
    }

    /// <summary>
    /// Brings into the cache the key table's buckets that the batch's lookups will read first: its application ids',
    /// and the subjects' its rows name. Read together, their waits for memory overlap (see <see cref="KeyTable.Touch"/>);
    /// on a million-row file this took most of the time the calling thread spent looking keys up.
    /// </summary>
    private void Touch(RowBatch batch)
    {
        var cells = batch.Cells;
        var touched = 0ul;
        for (var i = 0; i < batch.Count; i++)
        {
            ref readonly var facts = ref batch.Facts[i];
            touched |= _keys.Touch(facts.IdHash);
            if (facts.Concerns && facts.Subject is null && !cells.IsNull(i, 6))
            {
                touched |= _keys.Touch(facts.SubjectHash);
            }
        }

        _touched = touched;
    }

    /// <summary>The number of a key (application id or subject) in the shared table, with room for its state.</summary>
    private int Key(ReadOnlySpan<char> text, int hash)
    {
        var key = _keys.Add(text, hash, out _);
        if (key == _keyState.Length)
        {
            Array.Resize(ref _keyState, key * 2);
            Array.Resize(ref _firstRow, key * 2);
            Array.Resize(ref _takingPart, key * 2);
        }

        return key;
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        CsvBatchEvaluator.Write(_output!, bytes);
        _written += bytes.Length;
    }

    private static void Flush(AtomicFile output)
    {
        try
        {
            output.Stream.Flush();
        }
        catch (IOException ex)
        {
            throw OutputFile.Failed(output.Path, ex);
        }
    }

    /// <summary>Reads and decides again relevant row <paramref name="index"/> from its saved cells.</summary>
    private (ApplicationRow Row, Decision Decision) Redecide(int index)
    {
        var cells = _rereadCells ??= new RowCells(ApplicationCsvReader.Columns.Length);
        var at = _relevant[index].CellsAt;
        var end = index + 1 < _relevant.Count ? _relevant[index + 1].CellsAt : _cells.Length;
        var row = ApplicationCsvReader.Reread(_cells.Read(at, (int)(end - at), ref _rereadScratch), cells, _problems, _headerFields);
        var record = row.Record ?? throw new InvalidOperationException($"Row {row.RowNumber} read without problems the first time and with problems the second.");
        return (row, _engine.GetRule(record.Measure).Evaluate(record, _today));
    }

    /// <summary>About how many rows come before a line written at <paramref name="at"/>, for progress.</summary>
    private long RowsBefore(long at) => _written == 0 ? _rows : (long)((decimal)_rows * at / _written);

    /// <summary>The payable amounts of the rows 就高不重复 does not compare, by summary slot: their sum, how many are reduced, and whether any is there.</summary>
    private sealed record UncomparedSums(decimal[] Payable, int[] Reduced, bool[] Seen);
}
