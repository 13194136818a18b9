using System.Collections.Immutable;
using System.Globalization;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Internal;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Ranking;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （六） District cultivation ranking award: "对每年规模（限额）以上生产性服务业企业新增数量、净增数量和营业收入增速等指标综合评价
/// 前10名的区县，第1—5名分别给予500万元的一次性奖励，第6—10名分别给予300万元的一次性奖励。"
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Rank"/> ranks a whole year of district statistics. Each indicator is min–max normalised across the
/// districts ranked (an indicator equal for all contributes 0), the score is the weighted mean (equal weights by
/// default), and ties are broken by revenue growth, then net increase, then new count. A tie that remains across
/// the rank 5/6 or 10/11 boundary is sent for review.
/// </para>
/// <para>
/// A year takes the units in force on its reference day (31 December), with no transition tolerance: for 2025
/// that is 37 units with 两江新区 500157. A row for another unit, a second row for a district, a missing value or a
/// negative new count is rejected and left out. Net increase and growth may be negative.
/// </para>
/// <para>
/// What would change the result: a district outside the first band is told the composite score of the district now
/// last in the next band up, and how far its own score is below it. That is a score, not an amount of any indicator:
/// the indicators are normalised against the year's minima and maxima, which a district's own figures can move, and
/// the three are weighted together, so no single change of one input is the boundary.
/// </para>
/// <para>An application record for measure （六） is <see cref="Outcome.Invalid"/>: the measure is decided by ranking.</para>
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure06DistrictRankingAward : MeasureRule
{
    private readonly Measure6Parameters _p;

    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure06DistrictRankingAward(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts) => _p = parameters.Measure6;

    /// <summary>Ranks the districts for a year.</summary>
    /// <param name="year">The statistical year.</param>
    /// <param name="statistics">The rows; rows for other years are counted and skipped.</param>
    /// <returns>The ranking, with rejected rows and their problems.</returns>
    public DistrictRanking Rank(int year, IEnumerable<DistrictStatistics> statistics)
    {
        Preconditions.CheckNotNull(statistics, nameof(statistics));
        var referenceDate = _p.MembershipReferenceDay.InYear(year);
        var general = Parameters.General;
        var inForce = general.IsInForceOn(referenceDate);

        var accepted = new List<(DistrictStatistics Row, CountyUnit Unit)>();
        var rejected = ImmutableArray.CreateBuilder<RejectedStatistics>();
        var seen = new HashSet<int>();
        var otherYears = 0;
        var index = -1;
        foreach (var row in statistics)
        {
            index++;
            Preconditions.CheckArgument(row is not null, nameof(statistics), "A row of statistics is null.");
            if (row!.Year != year)
            {
                otherYears++;
                continue;
            }

            var problems = default(ProblemList);
            var check = Districts.Check(row.DistrictCode, referenceDate, acceptLegacyUntil: null);
            var code = row.DistrictCode.ToString(CultureInfo.InvariantCulture);
            if (check.Status == DistrictStatus.Unknown)
            {
                problems.Add(RecordField.DistrictCode, code, ProblemCode.UnknownDistrict);
            }
            else if (check.Status != DistrictStatus.InForce)
            {
                problems.Add(RecordField.DistrictCode, code, ProblemCode.DistrictNotInRankingYear, referenceDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }

            if (!seen.Add(row.DistrictCode))
            {
                problems.Add(RecordField.DistrictCode, code, ProblemCode.DuplicateDistrict);
            }

            problems.Require(row.NewAboveScaleCount, RecordField.NewAboveScaleCount);
            problems.Require(row.NetIncreaseCount, RecordField.NetIncreaseCount);
            problems.Require(row.RevenueGrowthRate, RecordField.RevenueGrowthRate);
            if (row.NewAboveScaleCount is < 0)
            {
                problems.Add(RecordField.NewAboveScaleCount, row.NewAboveScaleCount.Value.ToString(CultureInfo.InvariantCulture), ProblemCode.MustNotBeNegative);
            }

            if (row.RevenueGrowthRate is < -1m)
            {
                problems.Add(RecordField.RevenueGrowthRate, ProblemList.Format(row.RevenueGrowthRate.Value), ProblemCode.GrowthBelowMinusOneHundredPercent);
            }

            if (problems.Any)
            {
                rejected.Add(new RejectedStatistics(index, row, problems.ToImmutable()));
            }
            else
            {
                accepted.Add((row, check.Unit!));
            }
        }

        var entries = Score(accepted, referenceDate, inForce);
        return new DistrictRanking(year, referenceDate, entries, rejected.ToImmutable(), otherYears);
    }

    private protected override void ValidateFacts(ApplicationRecord record, ref ProblemList problems) =>
        problems.Add(RecordField.Measure, Measure.ToCode(), ProblemCode.DecidedByRanking);

    // Measure 6 is decided by ranking: ValidateFacts refuses every application, so no record comes here.
    private protected override RuleResult Decide(ApplicationRecord record, ref TraceBuilder trace) =>
        throw new System.Diagnostics.UnreachableException();

    private static decimal Normalise(decimal value, decimal min, decimal max) =>
        max == min ? 0m
        : decimal.IsNegative(min) && max > decimal.MaxValue + min
            // A range wider than a decimal holds (growth from below 0 to about 10^28): halving both sides keeps the ratio.
            ? ((value / 2m) - (min / 2m)) / ((max / 2m) - (min / 2m))
            : (value - min) / (max - min);

    private static decimal Indicator(DistrictStatistics row, RankingIndicator indicator) => indicator switch
    {
        RankingIndicator.NewCount => row.NewAboveScaleCount!.Value,
        RankingIndicator.NetIncrease => row.NetIncreaseCount!.Value,
        _ => row.RevenueGrowthRate!.Value,
    };

    private ImmutableArray<RankingEntry> Score(List<(DistrictStatistics Row, CountyUnit Unit)> rows, NodaTime.LocalDate referenceDate, bool inForce)
    {
        if (rows.Count == 0)
        {
            return ImmutableArray<RankingEntry>.Empty;
        }

        decimal Min(RankingIndicator i) => rows.Min(r => Indicator(r.Row, i));
        decimal Max(RankingIndicator i) => rows.Max(r => Indicator(r.Row, i));
        var (minN, maxN) = (Min(RankingIndicator.NewCount), Max(RankingIndicator.NewCount));
        var (minI, maxI) = (Min(RankingIndicator.NetIncrease), Max(RankingIndicator.NetIncrease));
        var (minG, maxG) = (Min(RankingIndicator.RevenueGrowth), Max(RankingIndicator.RevenueGrowth));
        var weights = _p.WeightNewCount + _p.WeightNetIncrease + _p.WeightRevenueGrowth;

        var scored = rows.Select(r =>
        {
            var n = Normalise(r.Row.NewAboveScaleCount!.Value, minN, maxN);
            var i = Normalise(r.Row.NetIncreaseCount!.Value, minI, maxI);
            var g = Normalise(r.Row.RevenueGrowthRate!.Value, minG, maxG);
            var score = ((_p.WeightNewCount * n) + (_p.WeightNetIncrease * i) + (_p.WeightRevenueGrowth * g)) / weights;
            return (r.Row, r.Unit, N: n, I: i, G: g, Score: score);
        }).ToList();

        int Compare((DistrictStatistics Row, CountyUnit Unit, decimal N, decimal I, decimal G, decimal Score) a, (DistrictStatistics Row, CountyUnit Unit, decimal N, decimal I, decimal G, decimal Score) b)
        {
            var c = b.Score.CompareTo(a.Score);
            foreach (var indicator in _p.TieBreakOrder)
            {
                if (c != 0)
                {
                    break;
                }

                c = Indicator(b.Row, indicator).CompareTo(Indicator(a.Row, indicator));
            }

            return c;
        }

        // Order by score and tie-breaks; districts still level keep the order of their codes, and are flagged.
        scored.Sort((a, b) => Compare(a, b) is var c && c != 0 ? c : a.Unit.Code.CompareTo(b.Unit.Code));

        var result = ImmutableArray.CreateBuilder<RankingEntry>(scored.Count);
        var start = 0;
        while (start < scored.Count)
        {
            var end = start;
            while (end + 1 < scored.Count && Compare(scored[start], scored[end + 1]) == 0)
            {
                end++;
            }

            var firstRank = start + 1;
            var lastRank = end + 1;
            var crosses = Crosses(firstRank, lastRank, _p.FirstBandLastRank) || Crosses(firstRank, lastRank, _p.SecondBandLastRank);
            var group = scored.GetRange(start, end - start + 1).Select(s => s.Unit.Code).ToImmutableArray();

            // The band of the group's first rank is every member's: a group that crosses a band's edge is reviewed at
            // the higher band, and one that crosses none lies within one band.
            var (bandLast, bandAward) = firstRank <= _p.FirstBandLastRank ? (_p.FirstBandLastRank, _p.FirstBandAwardYuan)
                : firstRank <= _p.SecondBandLastRank ? (_p.SecondBandLastRank, _p.SecondBandAwardYuan)
                : (_p.SecondBandLastRank, 0m);
            for (var k = start; k <= end; k++)
            {
                var s = scored[k];
                var rank = k + 1;
                var buffer = default(TraceBuilder.StepBuffer);
                var trace = new TraceBuilder(buffer);
                trace.Add(TraceCode.ValidityWindow, PolicyClause.Validity, RecordField.Year, inForce, false, TraceValue.Date(referenceDate), TraceValue.Date(Parameters.General.ValidFrom), TraceValue.Date(Parameters.General.ValidTo));
                trace.Add(TraceCode.CompositeScore, PolicyClause.Measure6, RecordField.Record, true, false, default, default, TraceValue.Of(s.Score, ValueUnit.Score));

                Outcome outcome;
                decimal award;
                ReasonCode reason;
                if (!inForce)
                {
                    (outcome, award, reason) = (Outcome.NotApplicable, 0m, ReasonCode.OutsideValidity);
                }
                else if (crosses)
                {
                    var boundary = Crosses(firstRank, lastRank, _p.FirstBandLastRank) ? _p.FirstBandLastRank : _p.SecondBandLastRank;
                    trace.Add(TraceCode.TieAtBoundary, PolicyClause.Measure6, RecordField.Record, false, false, TraceValue.Of(rank, ValueUnit.Rank), TraceValue.Of(boundary, ValueUnit.Rank), TraceValue.Yuan(bandAward));
                    (outcome, award, reason) = (Outcome.NeedsReview, bandAward, ReasonCode.TieAtBoundary);
                }
                else
                {
                    var awarded = rank <= _p.SecondBandLastRank;
                    trace.Add(TraceCode.RankAward, PolicyClause.Measure6, RecordField.Record, awarded, awarded, TraceValue.Of(rank, ValueUnit.Rank), TraceValue.Of(bandLast, ValueUnit.Rank), TraceValue.Yuan(bandAward));

                    // What would change the result: the score of the district now last in the next band up. Only a score
                    // at this year's normalisation; the district's own indicators move the minima and maxima too.
                    var target = rank > _p.SecondBandLastRank ? _p.SecondBandLastRank : _p.FirstBandLastRank;
                    if (rank > target && target >= 1)
                    {
                        var ahead = scored[target - 1].Score;
                        trace.Add(TraceCode.ScoreToNextBand, PolicyClause.Measure6, RecordField.Record, false, false, TraceValue.Of(target, ValueUnit.Rank), TraceValue.Of(ahead, ValueUnit.Score), TraceValue.Of(ahead - s.Score, ValueUnit.Score));
                    }
                    (outcome, award, reason) = awarded ? (Outcome.Eligible, bandAward, ReasonCode.RankAward) : (Outcome.Ineligible, 0m, ReasonCode.RankOutsideAward);
                }

                result.Add(new RankingEntry(s.Unit, s.Row, s.N, s.I, s.G, s.Score, rank, outcome, award, reason, group.Remove(s.Unit.Code), trace.ToImmutable()));
            }

            start = end + 1;
        }

        return result.MoveToImmutable();
    }

    private static bool Crosses(int firstRank, int lastRank, int boundary) => firstRank <= boundary && lastRank > boundary;
}
