using System.Collections.Immutable;

namespace ChongqingServicePolicy.Parameters;

/// <summary>
/// Parameters of measure （五） (JSON section <c>measures.5</c>): "对年度营业收入增速较快的“星级”楼宇，分档给予楼宇运营机构
/// 100万元、50万元的定额奖励".
/// </summary>
public sealed record Measure5Parameters
{
    /// <summary>
    /// <c>tier_amounts_yuan</c> (text: "100万元、50万元"): the fixed award per tier, tier 1 first (in JSON an array
    /// replacing the table, or an object of the tiers to change, as for measure 3). Default
    /// 1 → 1,000,000; 2 → 500,000.
    /// </summary>
    public ImmutableArray<decimal> TierAmountsYuan { get; init; } = [1_000_000m, 500_000m];

    /// <summary>
    /// <c>growth_thresholds</c> (interpretation of "营业收入增速较快"): when a record gives no tier, the revenue
    /// growth that reaches each tier (inclusive), tier 1 first. Default 1 → 0.20; 2 → 0.10; below the last,
    /// ineligible. Must name the same tiers as <c>tier_amounts_yuan</c>, highest threshold first.
    /// </summary>
    public ImmutableArray<decimal> GrowthThresholds { get; init; } = [0.20m, 0.10m];

    internal void Validate(ParameterErrors errors)
    {
        TierTables.Validate(errors, "measures.5.tier_amounts_yuan", TierAmountsYuan, 0m, decimal.MaxValue, "a non-negative amount");
        if (GrowthThresholds.IsDefaultOrEmpty || GrowthThresholds.Length != (TierAmountsYuan.IsDefault ? 0 : TierAmountsYuan.Length))
        {
            errors.Add("measures.5.growth_thresholds", "must name exactly the tiers of measures.5.tier_amounts_yuan");
            return;
        }

        for (var i = 0; i < GrowthThresholds.Length; i++)
        {
            if (i > 0 && GrowthThresholds[i] >= GrowthThresholds[i - 1])
            {
                errors.Add($"measures.5.growth_thresholds.{i + 1}", $"must be below tier {i}'s threshold ({ParameterErrors.Format(GrowthThresholds[i - 1])}), got {ParameterErrors.Format(GrowthThresholds[i])}");
            }
        }
    }
}
