using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Internal;
using NodaTime;

namespace ChongqingServicePolicy.Decisions;

/// <summary>
/// The decision on one application: the outcome, the award ceiling, what is payable after 就高不重复, a stable
/// reason, the ordered trace that explains it, and every problem of an invalid record. Immutable.
/// </summary>
public sealed class Decision
{
    // What most decisions do not have, kept in one field so that a decision costs fewer bytes (the usual decision has
    // none of it): null; the problems' array, when there are problems; the NonDuplication, when 就高不重复 was applied;
    // or an Extra holding the problems, the NonDuplication and the payable amount, for any other combination. The payable
    // amount is not stored when it is the one the outcome, award and suppression give (see PayableOf).
    private readonly object? _extra;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Decision(
        string applicationId,
        string subjectId,
        MeasureId measure,
        LocalDate date,
        Outcome outcome,
        decimal awardYuan,
        decimal payableYuan,
        ReasonCode awardReason,
        ReasonCode reason,
        ImmutableArray<TraceStep> trace,
        ImmutableArray<Problem> problems,
        NonDuplication? nonDuplication,
        MeasureInfo? info)
    {
        Info = info;
        ApplicationId = applicationId;
        SubjectId = subjectId;
        Measure = measure;
        Date = date;
        Outcome = outcome;
        AwardYuan = awardYuan;
        AwardReason = awardReason;
        Reason = reason;
        Trace = trace.IsDefault ? ImmutableArray<TraceStep>.Empty : trace;
        Problem[]? problemArray = null;
        if (!problems.IsDefaultOrEmpty)
        {
            problemArray = ImmutableCollectionsMarshal.AsArray(problems);
        }

        var derived = SameBits(payableYuan, PayableOf(outcome, awardYuan, nonDuplication));
        _extra = (derived, problemArray, nonDuplication) switch
        {
            (true, null, _) => nonDuplication,
            (true, _, null) => problemArray,
            _ => new Extra(problemArray, nonDuplication, payableYuan),
        };
    }

    /// <summary>A decision without 就高不重复 and with the payable amount its outcome gives: the one a rule makes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Decision(
        string applicationId, string subjectId, MeasureId measure, LocalDate date, Outcome outcome, decimal awardYuan, ReasonCode reason,
        ImmutableArray<TraceStep> trace, Problem[]? problems, MeasureInfo info)
    {
        Info = info;
        ApplicationId = applicationId;
        SubjectId = subjectId;
        Measure = measure;
        Date = date;
        Outcome = outcome;
        AwardYuan = awardYuan;
        AwardReason = reason;
        Reason = reason;
        Trace = trace;
        _extra = problems;
    }

    /// <summary>The application's id.</summary>
    public string ApplicationId { get; }

    /// <summary>The subject of support the application is for (its <c>subject_id</c>, or the application id).</summary>
    public string SubjectId { get; }

    /// <summary>The measure decided.</summary>
    public MeasureId Measure { get; }

    /// <summary>
    /// The catalogue entry of the measure, from the engine's catalogue: explanations take the lead unit and
    /// channels from it. <see langword="null"/> only when the record named an undefined measure.
    /// </summary>
    public MeasureInfo? Info { get; }

    /// <summary>The date decided for: the application date, or "today" when the record gave none.</summary>
    public LocalDate Date { get; }

    /// <summary>The outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>
    /// The award ceiling in yuan, rounded down to the rounding unit: what the measure gives this record
    /// before 就高不重复. For a <see cref="Outcome.NeedsReview"/> record, what it would give if the reviewer accepts it.
    /// 0 when the measure gives no money.
    /// </summary>
    public decimal AwardYuan { get; }

    /// <summary>
    /// What is payable in yuan after 就高不重复 across the batch and against other municipal policies; never more
    /// than <see cref="AwardYuan"/>, and 0 unless the outcome is <see cref="Outcome.Eligible"/>.
    /// </summary>
    public decimal PayableYuan => _extra is Extra extra ? extra.Payable : PayableOf(Outcome, AwardYuan, NonDuplication);

    /// <summary>The final reason: <see cref="AwardReason"/>, or why 就高不重复 suppressed the payment.</summary>
    public ReasonCode Reason { get; }

    /// <summary>Why the outcome and award are what they are, before 就高不重复.</summary>
    public ReasonCode AwardReason { get; }

    /// <summary>The ordered steps that led to the decision.</summary>
    public ImmutableArray<TraceStep> Trace { get; }

    /// <summary>Every problem with the record, for an <see cref="Outcome.Invalid"/> decision; empty otherwise.</summary>
    public ImmutableArray<Problem> Problems => _extra switch
    {
        Problem[] problems => ImmutableCollectionsMarshal.AsImmutableArray(problems),
        Extra { Problems: { } problems } => ImmutableCollectionsMarshal.AsImmutableArray(problems),
        _ => ImmutableArray<Problem>.Empty,
    };

    /// <summary>How 就高不重复 was applied, when the record was eligible for money; <see langword="null"/> otherwise.</summary>
    public NonDuplication? NonDuplication => _extra switch
    {
        NonDuplication nonDuplication => nonDuplication,
        Extra extra => extra.NonDuplication,
        _ => null,
    };

    /// <summary>
    /// A decision for a record that could not be read at all (for example a CSV row whose cells do not parse),
    /// so that hosts can report it alongside decided records.
    /// </summary>
    /// <param name="applicationId">The application id as given.</param>
    /// <param name="subjectId">The subject id as given, or the application id.</param>
    /// <param name="measure">The measure the record names.</param>
    /// <param name="date">The date to report it under.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <param name="info">The measure's catalogue entry; the built-in one when <see langword="null"/>.</param>
    /// <returns>An <see cref="Outcome.Invalid"/> decision.</returns>
    public static Decision ForInvalidInput(string applicationId, string subjectId, MeasureId measure, LocalDate date, IEnumerable<Problem> problems, MeasureInfo? info = null)
    {
        Preconditions.CheckNotNull(applicationId, nameof(applicationId));
        Preconditions.CheckNotNull(subjectId, nameof(subjectId));
        var list = Preconditions.CheckNotNull(problems, nameof(problems)).ToImmutableArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(problems), "An invalid decision needs at least one problem.");
        return new Decision(applicationId, subjectId, measure, date, Outcome.Invalid, 0m, 0m, ReasonCode.InvalidInput, ReasonCode.InvalidInput, default, list, null, info ?? (measure.IsDefined() ? MeasureCatalogue.Default.Get(measure) : null));
    }

    /// <summary>
    /// This decision made <see cref="Outcome.Invalid"/> because an earlier record of the same batch has the same
    /// application id: the trace is kept, and problem <see cref="ProblemCode.DuplicateApplicationId"/> is added after
    /// any others. <see cref="PolicyEngine.EvaluateBatch(IEnumerable{ApplicationRecord})"/> does this to the later
    /// record of a repeated id; hosts deciding a batch themselves (a file read in two passes, say) call it so that
    /// their decisions are the same as the engine's.
    /// </summary>
    /// <returns>The invalid decision.</returns>
    public Decision WithDuplicateApplicationId() => WithDuplicateApplicationId(null);

    /// <summary>
    /// As <see cref="WithDuplicateApplicationId()"/>, naming where the id first appears (a reader of files gives the
    /// row number of the earlier row), as the problem's <see cref="Problem.Expected"/>.
    /// </summary>
    /// <param name="firstRow">Where the id first appears, e.g. <c>"2"</c>; <see langword="null"/> when not known.</param>
    /// <returns>The invalid decision.</returns>
    public Decision WithDuplicateApplicationId(string? firstRow) =>
        WithProblems(Problems.Add(new Problem(RecordField.ApplicationId, ApplicationId, ProblemCode.DuplicateApplicationId, firstRow)));

    /// <summary>The decision explained in full, one trace step a line.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The explanation.</returns>
    public string Explain(Language language = Language.Chinese) => DecisionText.Explain(this, language, Environment.NewLine);

    /// <summary>The decision explained on one line, as <c>decisions.csv</c> writes it.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The explanation.</returns>
    public string Summarize(Language language = Language.Chinese) =>
        DecisionText.Explain(this, language, language == Language.Chinese ? "；" : "; ");

    /// <inheritdoc/>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{ApplicationId} measure {Measure.ToCode()}: {Outcome} award {AwardYuan:0.00} payable {PayableYuan:0.00} ({Reason.ToCode()})");

    /// <summary>
    /// A rule's decision: payable equal to the award when eligible, else 0; no 就高不重复 yet; problems only when invalid
    /// (<see langword="null"/> or an array of at least one).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Decision Create(
        ApplicationRecord record, MeasureInfo info, LocalDate date, Outcome outcome, decimal award, ReasonCode reason,
        ImmutableArray<TraceStep> trace, Problem[]? problems) =>
        new(record.ApplicationId ?? string.Empty, record.EffectiveSubjectId ?? string.Empty, record.Measure, date, outcome, award, reason, trace, problems, info);

    /// <summary>A decision read back from a decision record, exactly as recorded.</summary>
    internal static Decision Restore(
        string applicationId, string subjectId, MeasureId measure, LocalDate date, Outcome outcome, decimal awardYuan,
        decimal payableYuan, ReasonCode awardReason, ReasonCode reason, ImmutableArray<TraceStep> trace,
        ImmutableArray<Problem> problems, NonDuplication? nonDuplication, MeasureInfo? info) =>
        new(applicationId, subjectId, measure, date, outcome, awardYuan, payableYuan, awardReason, reason, trace, problems, nonDuplication, info);

    internal Decision WithProblems(ImmutableArray<Problem> problems) =>
        new(ApplicationId, SubjectId, Measure, Date, Outcome.Invalid, 0m, 0m, ReasonCode.InvalidInput, ReasonCode.InvalidInput, Trace, problems, null, Info);

    internal Decision WithNonDuplication(NonDuplication nonDuplication)
    {
        var suppressed = nonDuplication.Suppression != SuppressionKind.None;
        var reason = nonDuplication.Suppression switch
        {
            SuppressionKind.SupersededByHigher => ReasonCode.SupersededByHigher,
            SuppressionKind.SupersededByOtherPolicy => ReasonCode.SupersededByOtherPolicy,
            _ => AwardReason,
        };
        return new(ApplicationId, SubjectId, Measure, Date, Outcome, AwardYuan, suppressed ? 0m : PayableYuan, AwardReason, reason, Trace, Problems, nonDuplication, Info);
    }

    /// <summary>
    /// The payable amount a decision has unless it was restored with another: the award when eligible and not suppressed by
    /// 就高不重复, else 0 (as a rule and the resolver make it).
    /// </summary>
    private static decimal PayableOf(Outcome outcome, decimal awardYuan, NonDuplication? nonDuplication) =>
        outcome == Outcome.Eligible && (nonDuplication is null || nonDuplication.Suppression == SuppressionKind.None) ? awardYuan : 0m;

    /// <summary>Whether two amounts are the same decimal, scale and sign of zero included.</summary>
    private static bool SameBits(decimal a, decimal b)
    {
        var x = DecimalParts.Of(a);
        var y = DecimalParts.Of(b);
        return x.Flags == y.Flags && x.High32 == y.High32 && x.Low64 == y.Low64;
    }

    /// <summary>What a decision has beyond the usual: problems together with 就高不重复, or a payable amount of its own.</summary>
    private sealed class Extra(Problem[]? problems, NonDuplication? nonDuplication, decimal payable)
    {
        internal Problem[]? Problems { get; } = problems;

        internal NonDuplication? NonDuplication { get; } = nonDuplication;

        internal decimal Payable { get; } = payable;
    }
}
