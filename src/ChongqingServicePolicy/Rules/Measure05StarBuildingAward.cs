using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （五） Star-rated building award: "支持打造特色“星级”楼宇，对年度营业收入增速较快的“星级”楼宇，分档给予楼宇运营机构
/// 100万元、50万元的定额奖励。"
/// </summary>
/// <remarks>
/// Only star-rated buildings. The tier is the record's <c>building_tier</c>; when blank it is derived from
/// <c>revenue_growth_rate</c> by the growth thresholds (interpretation of "增速较快": default ≥ 20% tier 1,
/// ≥ 10% tier 2, below that ineligible). Parameters: <see cref="Measure5Parameters"/>. What would change the result:
/// the growth that reaches the lowest tier or the next tier up, or, for a tier given, the tier above and its award;
/// tier 1 is the top tier.
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure05StarBuildingAward : MeasureRule
{
    private readonly Measure5Parameters _p;

    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure05StarBuildingAward(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts) => _p = parameters.Measure5;

    private protected override void ValidateFacts(ApplicationRecord record, ref ProblemList problems)
    {
        problems.Require(record.BuildingStarRated, RecordField.BuildingStarRated);
        if (record.BuildingTier is not null)
        {
            Tiers.Check(record.BuildingTier, RecordField.BuildingTier, _p.TierAmountsYuan, ref problems);
        }
        else if (record.BuildingStarRated == true && record.RevenueGrowthRate is null)
        {
            problems.Add(RecordField.BuildingTier, null, ProblemCode.Required, RecordField.RevenueGrowthRate.ToColumnName());
        }

        if (record.RevenueGrowthRate is < -1m)
        {
            problems.Add(RecordField.RevenueGrowthRate, ProblemList.Format(record.RevenueGrowthRate.Value), ProblemCode.GrowthBelowMinusOneHundredPercent);
        }
    }

    private protected override RuleResult Decide(ApplicationRecord record, ref TraceBuilder trace)
    {
        if (!RequireFlag(ref trace, RecordField.BuildingStarRated, record.BuildingStarRated!.Value))
        {
            return RuleResult.Ineligible(ReasonCode.NotStarRated);
        }

        var tier = record.BuildingTier ?? 0;
        if (record.BuildingTier is null)
        {
            var growth = record.RevenueGrowthRate!.Value;
            var thresholds = _p.GrowthThresholds;
            for (var i = 0; i < thresholds.Length && tier == 0; i++)
            {
                if (growth >= thresholds[i])
                {
                    tier = i + 1;
                }
            }

            var threshold = tier > 0 ? thresholds[tier - 1] : thresholds[^1];
            trace.Add(TraceCode.TierFromGrowth, Clause, RecordField.RevenueGrowthRate, tier > 0, false, TraceValue.Rate(growth), TraceValue.Rate(threshold), TraceValue.Of(tier, ValueUnit.Tier));
            if (tier == 0)
            {
                // "达到" includes the threshold (rule X5): the growth needed is the threshold itself.
                trace.Add(TraceCode.EligibleFrom, Clause, RecordField.RevenueGrowthRate, false, false, TraceValue.Rate(growth), TraceValue.Rate(threshold), TraceValue.Rate(threshold - growth));
                return RuleResult.Ineligible(ReasonCode.GrowthBelowTier);
            }
        }

        var amount = _p.TierAmountsYuan[tier - 1];
        trace.Add(TraceCode.TierAward, Clause, RecordField.BuildingTier, true, true, TraceValue.Of(tier, ValueUnit.Tier), default, TraceValue.Yuan(amount));
        if (record.BuildingTier is null && tier > 1)
        {
            var growth = record.RevenueGrowthRate!.Value;
            var next = _p.GrowthThresholds[tier - 2];
            trace.Add(TraceCode.NextTierFrom, Clause, RecordField.RevenueGrowthRate, false, false, TraceValue.Rate(growth), TraceValue.Rate(next), TraceValue.Rate(next - growth));
        }
        else
        {
            Tiers.AddNextTier(ref trace, Clause, record.BuildingTier is null ? RecordField.RevenueGrowthRate : RecordField.BuildingTier, tier, _p.TierAmountsYuan);
        }

        return RuleResult.Eligible(amount, ReasonCode.TierAward);
    }
}
