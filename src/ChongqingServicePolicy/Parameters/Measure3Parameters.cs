using System.Collections.Immutable;

namespace ChongqingServicePolicy.Parameters;

/// <summary>
/// Parameters of measure （三） (JSON section <c>measures.3</c>): "对年度评估为A等级的现代生产性服务业集聚区，分档次给予200—1000万元奖励".
/// </summary>
public sealed record Measure3Parameters
{
    /// <summary><c>award_min_yuan</c> (text: "200—1000万元"): the lowest tier amount allowed. Default 2,000,000.</summary>
    public decimal AwardMinYuan { get; init; } = 2_000_000m;

    /// <summary><c>award_max_yuan</c> (text: "200—1000万元"): the highest tier amount allowed. Default 10,000,000.</summary>
    public decimal AwardMaxYuan { get; init; } = 10_000_000m;

    /// <summary>
    /// <c>tier_amounts_yuan</c> (interpretation of "分档次"): the award for each tier of the annual evaluation,
    /// tier 1 (highest) first. In JSON either the whole table as an array, tier 1 first, which replaces the
    /// baseline's table, or an object of the tiers to change, e.g. <c>{ "2": 7000000 }</c>. Default
    /// 1 → 10,000,000; 2 → 8,000,000; 3 → 6,000,000; 4 → 4,000,000; 5 → 2,000,000. Every amount must lie
    /// within [award_min_yuan, award_max_yuan] and no tier may pay more than the tier above it.
    /// </summary>
    public ImmutableArray<decimal> TierAmountsYuan { get; init; } =
        [10_000_000m, 8_000_000m, 6_000_000m, 4_000_000m, 2_000_000m];

    internal void Validate(ParameterErrors errors)
    {
        errors.NotNegative("measures.3.award_min_yuan", AwardMinYuan);
        if (AwardMaxYuan < AwardMinYuan)
        {
            errors.Add("measures.3.award_max_yuan", $"must not be below measures.3.award_min_yuan ({ParameterErrors.Format(AwardMinYuan)}), got {ParameterErrors.Format(AwardMaxYuan)}");
        }

        TierTables.Validate(errors, "measures.3.tier_amounts_yuan", TierAmountsYuan, AwardMinYuan, AwardMaxYuan, "the clause's 200—1000万元");
    }
}
