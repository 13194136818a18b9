using System.Collections.Immutable;
using NodaTime;

namespace ChongqingServicePolicy.Parameters;

/// <summary>
/// Parameters of measure （六） (JSON section <c>measures.6</c>): "对每年规模（限额）以上生产性服务业企业新增数量、净增数量和营业收入增速等指标
/// 综合评价前10名的区县，第1—5名分别给予500万元的一次性奖励，第6—10名分别给予300万元的一次性奖励".
/// </summary>
public sealed record Measure6Parameters
{
    /// <summary><c>first_band_last_rank</c> (text: "第1—5名"): default 5.</summary>
    public int FirstBandLastRank { get; init; } = 5;

    /// <summary><c>first_band_award_yuan</c> (text: "分别给予500万元"): default 5,000,000.</summary>
    public decimal FirstBandAwardYuan { get; init; } = 5_000_000m;

    /// <summary><c>second_band_last_rank</c> (text: "第6—10名", "前10名"): default 10.</summary>
    public int SecondBandLastRank { get; init; } = 10;

    /// <summary><c>second_band_award_yuan</c> (text: "分别给予300万元"): default 3,000,000.</summary>
    public decimal SecondBandAwardYuan { get; init; } = 3_000_000m;

    /// <summary>
    /// <c>weight_new_count</c> (interpretation of "综合评价"): the relative weight of the new count. Each indicator
    /// is min–max normalised across the districts evaluated; the score is the weighted mean. Default 1.
    /// </summary>
    public decimal WeightNewCount { get; init; } = 1m;

    /// <summary><c>weight_net_increase</c> (interpretation): the relative weight of the net increase. Default 1.</summary>
    public decimal WeightNetIncrease { get; init; } = 1m;

    /// <summary><c>weight_revenue_growth</c> (interpretation): the relative weight of revenue growth. Default 1.</summary>
    public decimal WeightRevenueGrowth { get; init; } = 1m;

    /// <summary>
    /// <c>tie_break_order</c> (interpretation): the indicators that order districts with equal scores, first
    /// decisive first. Default revenue_growth, net_increase, new_count.
    /// </summary>
    public ImmutableArray<RankingIndicator> TieBreakOrder { get; init; } =
        [RankingIndicator.RevenueGrowth, RankingIndicator.NetIncrease, RankingIndicator.NewCount];

    /// <summary>
    /// <c>membership_reference_day</c> (interpretation): a year's ranking takes the units in force on this day of
    /// that year, with no transition tolerance. Default 12-31.
    /// </summary>
    public AnnualDate MembershipReferenceDay { get; init; } = new(12, 31);

    internal void Validate(ParameterErrors errors)
    {
        if (FirstBandLastRank < 1)
        {
            errors.Add("measures.6.first_band_last_rank", $"must be at least 1, got {FirstBandLastRank}");
        }

        if (SecondBandLastRank < FirstBandLastRank)
        {
            errors.Add("measures.6.second_band_last_rank", $"must not be below measures.6.first_band_last_rank ({FirstBandLastRank}), got {SecondBandLastRank}");
        }

        errors.NotNegative("measures.6.first_band_award_yuan", FirstBandAwardYuan);
        errors.NotNegative("measures.6.second_band_award_yuan", SecondBandAwardYuan);
        if (SecondBandAwardYuan > FirstBandAwardYuan)
        {
            errors.Add("measures.6.second_band_award_yuan", $"must not exceed measures.6.first_band_award_yuan ({ParameterErrors.Format(FirstBandAwardYuan)}), got {ParameterErrors.Format(SecondBandAwardYuan)}");
        }

        errors.NotNegative("measures.6.weight_new_count", WeightNewCount);
        errors.NotNegative("measures.6.weight_net_increase", WeightNetIncrease);
        errors.NotNegative("measures.6.weight_revenue_growth", WeightRevenueGrowth);
        if (WeightNewCount + WeightNetIncrease + WeightRevenueGrowth <= 0m)
        {
            errors.Add("measures.6.weight_revenue_growth", "the three weights must not all be 0");
        }

        if (TieBreakOrder.IsDefault || TieBreakOrder.Distinct().Count() != TieBreakOrder.Length ||
            TieBreakOrder.Any(i => i is not (RankingIndicator.NewCount or RankingIndicator.NetIncrease or RankingIndicator.RevenueGrowth)))
        {
            errors.Add("measures.6.tie_break_order", "must list distinct indicators among new_count, net_increase, revenue_growth");
        }
    }
}
