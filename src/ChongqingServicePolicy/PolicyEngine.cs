using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Internal;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Ranking;
using ChongqingServicePolicy.Rules;
using NodaTime;

namespace ChongqingServicePolicy;

/// <summary>
/// Decides applications under 渝发改规范〔2024〕7号: one record, a batch with 就高不重复 applied, or a year's
/// ranking of districts. Immutable and safe to share between threads; register it once as a singleton.
/// </summary>
/// <example>
/// <code>
/// var engine = new PolicyEngine();
/// var decision = engine.Evaluate(new ApplicationRecord
/// {
///     ApplicationId = "A-001", Measure = MeasureId.Measure1, DistrictCode = 500103,
///     CreditCode = "91500103MA5U000007", ApplicationDate = new LocalDate(2025, 3, 1),
///     ProducerService = true, TotalInvestmentYuan = 80_000_000m, ApprovedInvestmentYuan = 30_000_000m,
/// });
/// Console.WriteLine(decision.Explain(Language.English));
/// </code>
/// </example>
public sealed class PolicyEngine
{
    /// <summary>The document number of the policy this library implements.</summary>
    public const string PolicyId = "渝发改规范〔2024〕7号";

    /// <summary>The time zone "today" is taken in.</summary>
    public const string TimeZoneId = "Asia/Shanghai";

    private readonly MeasureRule?[] _byMeasure;
    private readonly Lazy<DateTimeZone> _zone;

    // The last engine built to replay records made under other parameters. Records of one run share one set,
    // so one is enough; replacing it is atomic, and a stale read only builds an engine again.
    private PolicyEngine? _replayEngine;

    /// <summary>Creates an engine.</summary>
    /// <param name="parameters">The parameter set; <see cref="PolicyParameters.Default"/> when <see langword="null"/>.</param>
    /// <param name="clock">Where "today" comes from; the system clock when <see langword="null"/>.</param>
    /// <param name="districts">The district registry; <see cref="DistrictRegistry.Default"/> when <see langword="null"/>.</param>
    /// <param name="catalogue">The measure catalogue; <see cref="MeasureCatalogue.Default"/> when <see langword="null"/>.</param>
    public PolicyEngine(
        PolicyParameters? parameters = null,
        IClock? clock = null,
        DistrictRegistry? districts = null,
        MeasureCatalogue? catalogue = null)
    {
        Parameters = parameters ?? PolicyParameters.Default;
        Clock = clock ?? SystemClock.Instance;
        Districts = districts ?? DistrictRegistry.Default;
        Catalogue = catalogue ?? MeasureCatalogue.Default;
        Rules = RuleSet.Create(Parameters, Districts, Catalogue);
        _byMeasure = new MeasureRule?[(int)MeasureId.Measure16 + 1];
        foreach (var rule in Rules)
        {
            _byMeasure[(int)rule.Measure] = rule;
        }

        Ranking = (Measure06DistrictRankingAward)_byMeasure[(int)MeasureId.Measure6]!;
        _zone = new Lazy<DateTimeZone>(() => DateTimeZoneProviders.Tzdb[TimeZoneId], LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>The parameter set in force.</summary>
    public PolicyParameters Parameters { get; }

    /// <summary>Where "today" comes from.</summary>
    public IClock Clock { get; }

    /// <summary>The district registry.</summary>
    public DistrictRegistry Districts { get; }

    /// <summary>The measure catalogue.</summary>
    public MeasureCatalogue Catalogue { get; }

    /// <summary>One rule per measure, in clause order.</summary>
    public ImmutableArray<MeasureRule> Rules { get; }

    /// <summary>Measure （六）'s rule, which ranks districts.</summary>
    public Measure06DistrictRankingAward Ranking { get; }

    /// <summary>Today's date in Asia/Shanghai, from <see cref="Clock"/>.</summary>
    /// <returns>The date.</returns>
    public LocalDate Today() => Clock.GetCurrentInstant().InZone(_zone.Value).Date;

    /// <summary>The rule of a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The measure is not defined.</exception>
    public MeasureRule GetRule(MeasureId measure) =>
        measure.IsDefined() ? _byMeasure[(int)measure]! : throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown measure.");

    /// <summary>
    /// Decides one application, taking "today" from the clock when the record has no application date. The
    /// record's declared other-policy support is compared under 就高不重复.
    /// </summary>
    /// <param name="record">The application.</param>
    /// <returns>The decision.</returns>
    public Decision Evaluate(ApplicationRecord record)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        // Stryker disable once NullCoalescing : a record with its own date is decided as of that date whatever day is passed; the clock is read only when needed
        return Evaluate(record, record.ApplicationDate ?? Today());
    }

    /// <summary>Decides one application as of a given day (used when the record has no application date).</summary>
    /// <param name="record">The application.</param>
    /// <param name="today">The day to decide as of.</param>
    /// <returns>The decision.</returns>
    public Decision Evaluate(ApplicationRecord record, LocalDate today)
    {
        var decision = Decide(record, today);
        // Stryker disable once Logical,Block : a shortcut; the resolver returns these decisions unchanged (nothing to compare), so only the time differs
        if (record.OtherPolicyAwardYuan is null || decision.Outcome != Outcome.Eligible)
        {
            return decision;
        }

        return WithOtherPolicy(record, decision);
    }

    /// <summary>就高不重复 between a decision and the other-policy support its record declares; apart, as <see cref="UndefinedMeasure"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Decision WithOtherPolicy(ApplicationRecord record, Decision decision) =>
        NonDuplicationResolver.ResolveAlone(Parameters.General, record, decision);

    /// <summary>
    /// Decides a batch, taking "today" from the clock for records without an application date, and applies
    /// 就高不重复 across it by subject. A record whose application id repeats an earlier one is invalid.
    /// </summary>
    /// <param name="records">The applications, in order.</param>
    /// <returns>One decision per record, in the same order.</returns>
    public ImmutableArray<Decision> EvaluateBatch(IEnumerable<ApplicationRecord> records) => EvaluateBatch(records, Today());

    /// <summary>Decides a batch as of a given day and applies 就高不重复 across it.</summary>
    /// <param name="records">The applications, in order.</param>
    /// <param name="today">The day to decide as of, for records without an application date.</param>
    /// <returns>One decision per record, in the same order.</returns>
    public ImmutableArray<Decision> EvaluateBatch(IEnumerable<ApplicationRecord> records, LocalDate today)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        // Stryker disable once NullCoalescing : a list is read in place rather than copied; a copy holds the same records in the same order
        var list = records as IReadOnlyList<ApplicationRecord> ?? records.ToList();
        var decisions = new Decision[list.Count];
        var ids = new HashSet<string>(list.Count, StringComparer.Ordinal);
        var resolver = new NonDuplicationResolver(Parameters.General, list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var record = list[i];
            if (record is null)
            {
                // Formatted only here, not for every record.
                throw new ArgumentException($"Record {i} is null.", nameof(records));
            }

            var decision = Decide(record, today);
            if (!ids.Add(record!.ApplicationId ?? string.Empty))
            {
                decision = decision.WithDuplicateApplicationId();
            }

            resolver.Observe(record, decision);
            decisions[i] = decision;
        }

        for (var i = 0; i < decisions.Length; i++)
        {
            decisions[i] = resolver.Resolve(decisions[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(decisions);
    }

    /// <summary>
    /// Records a decision of this engine for audit: the input, the decision, the day decided as of and this
    /// engine's full parameter set with its fingerprint.
    /// </summary>
    /// <param name="record">The application decided.</param>
    /// <param name="decision">This engine's decision on it, alone or within a batch.</param>
    /// <param name="evaluationDate">The "today" it was decided as of (what <see cref="Today"/> gave, or the day passed in).</param>
    /// <returns>The decision record.</returns>
    /// <exception cref="ArgumentException">The decision is for another application id than the record.</exception>
    public DecisionRecord CreateRecord(ApplicationRecord record, Decision decision, LocalDate evaluationDate) =>
        DecisionRecord.Create(record, decision, evaluationDate, Parameters);

    /// <summary>
    /// Decides a record's input again under the record's own parameters and evaluation date, with this engine's
    /// district registry and catalogue, and compares every field. docs/AUDIT.md describes what is compared and the
    /// limits: a batch decision's 就高不重复 context is re-applied as recorded, and problems only a file reader can
    /// find are taken as recorded.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <returns>
    /// <see cref="ReplayStatus.Reproduces"/>; <see cref="ReplayStatus.Differs"/> with every difference; or
    /// <see cref="ReplayStatus.Tampered"/> when the recorded parameters do not match their fingerprint.
    /// </returns>
    public ReplayResult Replay(DecisionRecord record)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        return ReplayUnder(record, record.Parameters);
    }

    /// <summary>
    /// Decides a record's input again under other parameters (a what-if on a stored decision), as of the record's
    /// evaluation date. The differences list each parameter that changed (<c>parameters.measures.1.cap_yuan</c>)
    /// and each field of the decision that changed with it.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="parameters">The parameters to decide under.</param>
    /// <returns>
    /// <see cref="ReplayStatus.Reproduces"/> when the parameters and the decision are the same;
    /// <see cref="ReplayStatus.Differs"/> with every difference; or <see cref="ReplayStatus.Tampered"/> when the
    /// recorded parameters do not match their fingerprint.
    /// </returns>
    public ReplayResult Replay(DecisionRecord record, PolicyParameters parameters)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        Preconditions.CheckNotNull(parameters, nameof(parameters));
        return ReplayUnder(record, parameters);
    }

    /// <summary>Ranks the districts for a year under measure （六）.</summary>
    /// <param name="year">The statistical year.</param>
    /// <param name="statistics">The rows of district statistics; rows for other years are skipped.</param>
    /// <returns>The ranking.</returns>
    public DistrictRanking RankDistricts(int year, IEnumerable<DistrictStatistics> statistics) => Ranking.Rank(year, statistics);

    private ReplayResult ReplayUnder(DecisionRecord record, PolicyParameters parameters)
    {
        if (!record.ParametersMatchFingerprint)
        {
            return new ReplayResult(record.ApplicationId, ReplayStatus.Tampered, [
                new ReplayDifference("parameters_sha256", record.ParametersSha256, PolicyParameters.Sha256Hex(record.ParametersUtf8.Span))]);
        }

        // Under the record's own parameters the fingerprints match and no parameter is named.
        var comparer = new RecordComparer();
        comparer.CompareParameters(record.Parameters, parameters);

        var replayed = EngineFor(parameters).Redecide(record);
        comparer.CompareRecord(record, replayed, PolicyId);
        var differences = comparer.Differences;
        if (!record.InputMatchesFingerprint)
        {
            // The input or the evaluation date was edited after recording: name the fingerprint, then whatever the
            // edit changed in the decision.
            return new ReplayResult(record.ApplicationId, ReplayStatus.Tampered, differences.Insert(0,
                new ReplayDifference("input_sha256", record.InputSha256, DecisionRecord.InputFingerprint(record.EvaluationDate, record.Input))));
        }

        return new ReplayResult(record.ApplicationId, differences.IsEmpty ? ReplayStatus.Reproduces : ReplayStatus.Differs, differences);
    }

    /// <summary>This engine when it has these parameters, else an engine for them with this engine's registry and catalogue.</summary>
    /// <remarks>
    /// Which of these engines decides changes only the time taken: engines with one registry, one catalogue and sets
    /// of one fingerprint decide alike, so this engine and the one kept are shortcuts.
    /// </remarks>
    private PolicyEngine EngineFor(PolicyParameters parameters)
    {
        // Stryker disable once Block : a shortcut; without it an engine for the same parameters is built, which decides alike
        if (string.Equals(parameters.Fingerprint, Parameters.Fingerprint, StringComparison.Ordinal))
        {
            return this;
        }

        var last = Volatile.Read(ref _replayEngine);
        // Stryker disable once Block : a shortcut; without it an engine for the same parameters is built again, which decides alike
        if (last is not null && string.Equals(last.Parameters.Fingerprint, parameters.Fingerprint, StringComparison.Ordinal))
        {
            return last;
        }

        // "Today" is passed to every decision, so the clock is never read; it is kept only so the engine is whole.
        var engine = new PolicyEngine(parameters, Clock, Districts, Catalogue);
        // Stryker disable once Statement : keeps the engine for the next record only; without it each replay builds its own, which decides alike
        Volatile.Write(ref _replayEngine, engine);
        return engine;
    }

    /// <summary>
    /// Makes a recorded decision again as <see cref="Evaluate(ApplicationRecord, LocalDate)"/> would, as of the
    /// record's evaluation date, then re-applies what only the record knows of its batch: a repeated application
    /// id, the 就高不重复 context, and problems only a file reader finds.
    /// </summary>
    private Decision Redecide(DecisionRecord record)
    {
        var recorded = record.Decision;
        if (recorded.Outcome == Outcome.Invalid && recorded.Problems.Any(IsReaderProblem))
        {
            // The cells behind these problems never reached the typed input, so the decision cannot be re-derived.
            return Decision.Restore(
                recorded.ApplicationId, recorded.SubjectId, recorded.Measure, recorded.Date, recorded.Outcome, recorded.AwardYuan,
                recorded.PayableYuan, recorded.AwardReason, recorded.Reason, recorded.Trace, recorded.Problems, recorded.NonDuplication,
                recorded.Measure.IsDefined() ? Catalogue.Get(recorded.Measure) : null);
        }

        var decision = Decide(record.Input, record.EvaluationDate);
        foreach (var problem in recorded.Problems)
        {
            if (problem.Code == ProblemCode.DuplicateApplicationId)
            {
                // The earlier row it names is the file's, not something the input holds: it is taken as recorded.
                decision = decision.WithDuplicateApplicationId(problem.Expected);
                break;
            }
        }

        if (recorded.NonDuplication is { } context)
        {
            var resolver = new NonDuplicationResolver(Parameters.General);
            resolver.ObserveRecorded(context, decision);
            return resolver.Resolve(decision);
        }

        return NonDuplicationResolver.ResolveAlone(Parameters.General, record.Input, decision);
    }

    /// <summary>
    /// A problem the engine never finds in a typed record, only a reader of files in the cells it could not type:
    /// an unreadable value, a wrong number of fields, or a missing measure, district code or application date.
    /// </summary>
    private static bool IsReaderProblem(Problem problem) =>
        problem.Code is ProblemCode.UnreadableValue or ProblemCode.FieldCount ||
        (problem.Code == ProblemCode.Required && problem.Field is RecordField.Measure or RecordField.DistrictCode or RecordField.ApplicationDate);

    private Decision Decide(ApplicationRecord record, LocalDate today)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        var measure = record.Measure;
        return measure.IsDefined() ? _byMeasure[(int)measure]!.Evaluate(record, today) : UndefinedMeasure(record, today);
    }

    /// <summary>
    /// The decision on a record whose measure is none of the policy's: apart from <see cref="Decide"/>, so that the
    /// path every valid record takes stays small enough to be compiled into its callers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Decision UndefinedMeasure(ApplicationRecord record, LocalDate today) =>
        Decision.ForInvalidInput(
            record.ApplicationId ?? string.Empty, record.EffectiveSubjectId ?? string.Empty, record.Measure, record.ApplicationDate ?? today,
            [new Problem(RecordField.Measure, ((int)record.Measure).ToString(CultureInfo.InvariantCulture), ProblemCode.UndefinedValue, "1…16, 7a…7d")]);
}
