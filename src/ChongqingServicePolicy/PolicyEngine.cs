using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
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
        return Evaluate(record, record.ApplicationDate ?? Today());
    }

    /// <summary>Decides one application as of a given day (used when the record has no application date).</summary>
    /// <param name="record">The application.</param>
    /// <param name="today">The day to decide as of.</param>
    /// <returns>The decision.</returns>
    public Decision Evaluate(ApplicationRecord record, LocalDate today)
    {
        var decision = Decide(record, today);
        if (record.OtherPolicyAwardYuan is null || decision.Outcome != Outcome.Eligible)
        {
            return decision;
        }

        var resolver = new NonDuplicationResolver(Parameters.General);
        resolver.Observe(record, decision);
        return resolver.Resolve(decision);
    }

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
        var list = records as IReadOnlyList<ApplicationRecord> ?? records.ToList();
        var decisions = new Decision[list.Count];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var resolver = new NonDuplicationResolver(Parameters.General);
        for (var i = 0; i < list.Count; i++)
        {
            var record = list[i];
            Preconditions.CheckArgument(record is not null, nameof(records), $"Record {i} is null.");
            var decision = Decide(record!, today);
            if (!ids.Add(record!.ApplicationId ?? string.Empty))
            {
                decision = decision.WithProblems(decision.Problems.Add(new Problem(RecordField.ApplicationId, record.ApplicationId, ProblemCode.DuplicateApplicationId)));
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

    /// <summary>Ranks the districts for a year under measure （六）.</summary>
    /// <param name="year">The statistical year.</param>
    /// <param name="statistics">The rows of district statistics; rows for other years are skipped.</param>
    /// <returns>The ranking.</returns>
    public DistrictRanking RankDistricts(int year, IEnumerable<DistrictStatistics> statistics) => Ranking.Rank(year, statistics);

    private Decision Decide(ApplicationRecord record, LocalDate today)
    {
        Preconditions.CheckNotNull(record, nameof(record));
        if (!record.Measure.IsDefined())
        {
            return Decision.ForInvalidInput(
                record.ApplicationId ?? string.Empty, record.EffectiveSubjectId ?? string.Empty, record.Measure, record.ApplicationDate ?? today,
                [new Problem(RecordField.Measure, ((int)record.Measure).ToString(CultureInfo.InvariantCulture), ProblemCode.UndefinedValue, "1…16, 7a…7d")]);
        }

        return _byMeasure[(int)record.Measure]!.Evaluate(record, today);
    }
}
