using System.Collections.Immutable;
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
        PayableYuan = payableYuan;
        AwardReason = awardReason;
        Reason = reason;
        Trace = trace.IsDefault ? ImmutableArray<TraceStep>.Empty : trace;
        Problems = problems.IsDefault ? ImmutableArray<Problem>.Empty : problems;
        NonDuplication = nonDuplication;
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
    public decimal PayableYuan { get; }

    /// <summary>The final reason: <see cref="AwardReason"/>, or why 就高不重复 suppressed the payment.</summary>
    public ReasonCode Reason { get; }

    /// <summary>Why the outcome and award are what they are, before 就高不重复.</summary>
    public ReasonCode AwardReason { get; }

    /// <summary>The ordered steps that led to the decision.</summary>
    public ImmutableArray<TraceStep> Trace { get; }

    /// <summary>Every problem with the record, for an <see cref="Outcome.Invalid"/> decision; empty otherwise.</summary>
    public ImmutableArray<Problem> Problems { get; }

    /// <summary>How 就高不重复 was applied, when the record was eligible for money; <see langword="null"/> otherwise.</summary>
    public NonDuplication? NonDuplication { get; }

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Decision Create(
        ApplicationRecord record, MeasureInfo info, LocalDate date, Outcome outcome, decimal award, ReasonCode reason,
        ImmutableArray<TraceStep> trace, ImmutableArray<Problem> problems)
    {
        var payable = outcome == Outcome.Eligible ? award : 0m;
        return new Decision(record.ApplicationId ?? string.Empty, record.EffectiveSubjectId ?? string.Empty, record.Measure, date, outcome, award, payable, reason, reason, trace, problems, null, info);
    }

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
}
