using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （七） third part, 7c: "鼓励制造业企业主辅分离，剥离现代物流、节能环保、检验检测等业务设立生产性服务业独立法人企业，
/// 对分离后新设立的生产性服务业企业，年营业收入达到2000万元以上的给予一次性奖励，最高不超过100万元。"
/// </summary>
/// <remarks>
/// A producer-service enterprise set up by separating a manufacturer's business, with annual revenue of
/// 20,000,000 or more (rule X5: "达到…以上" includes the amount): a one-time award up to 1,000,000.
/// Parameters: <see cref="Measure7cParameters"/>. What would change the result: below the threshold, the revenue that
/// reaches it (the award does not depend on revenue above it).
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure07cSpinOffAward : MeasureRule
{
    private readonly Measure7cParameters _p;

    // From the parameters only: the first revenue in fen that reaches the threshold.
    private readonly FenAmount _eligibleFrom;

    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure07cSpinOffAward(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
        _p = parameters.Measure7c;
        _eligibleFrom = new FenAmount(Boundaries.SmallestFenAtLeast(_p.RevenueThresholdYuan));
    }

    private protected override void ValidateFacts(ApplicationRecord record, ref ProblemList problems)
    {
        problems.Require(record.ProducerService, RecordField.ProducerService);
        problems.Require(record.SpunOffFromManufacturer, RecordField.SpunOffFromManufacturer);
        problems.RequireAmount(record.AnnualRevenueYuan, RecordField.AnnualRevenueYuan);
    }

    private protected override RuleResult Decide(ApplicationRecord record, ref TraceBuilder trace)
    {
        if (!RequireFlag(ref trace, RecordField.ProducerService, record.ProducerService!.Value))
        {
            return RuleResult.Ineligible(ReasonCode.NotProducerService);
        }

        if (!RequireFlag(ref trace, RecordField.SpunOffFromManufacturer, record.SpunOffFromManufacturer!.Value))
        {
            return RuleResult.Ineligible(ReasonCode.NotSpunOff);
        }

        var revenue = record.AnnualRevenueYuan!.Value;
        var reached = revenue >= _p.RevenueThresholdYuan;
        trace.Add(TraceCode.ThresholdReached, Clause, RecordField.AnnualRevenueYuan, reached, false, TraceValue.Yuan(revenue), TraceValue.Yuan(_p.RevenueThresholdYuan));
        if (!reached)
        {
            AddEligibleFrom(ref trace, RecordField.AnnualRevenueYuan, revenue, _eligibleFrom);
            return RuleResult.Ineligible(ReasonCode.BelowThreshold);
        }

        trace.Add(TraceCode.AbsoluteCap, Clause, RecordField.Record, true, true, TraceValue.Yuan(_p.CapYuan));
        return RuleResult.Eligible(_p.CapYuan, ReasonCode.CapApplied);
    }
}
