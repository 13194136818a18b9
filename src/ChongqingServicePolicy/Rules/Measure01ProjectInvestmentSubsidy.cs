using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （一） Project investment subsidy: "对符合条件的现代生产性服务业项目，按照经核定的投资金额给予一次性补助，单个项目的
/// 支持金额原则上不超过项目投资总额的10%，最高不超过500万元；经市政府同意，特别重大的项目可提高，但最高支持金额原则上不超过
/// 2000万元。"
/// </summary>
/// <remarks>
/// Award = min(rate × approved investment, 10% × total investment, cap), where the cap is 5,000,000, or
/// 20,000,000 for an especially major project approved by the municipal government. The approval raises the
/// cap only, not the 10% ratio (interpretation). Parameters: <see cref="Measure1Parameters"/>. Because the text
/// says "原则上", an approved discretionary amount may replace the ceiling (rule X6).
/// <para>
/// What would change the result: an eligible record's trace says from which approved investment its share reaches
/// the cap, and, where the total investment stands in the way, from which total investment the 10% share does; the
/// cap binds when both do. A record with no approved investment is told the smallest amount that qualifies.
/// </para>
/// </remarks>
public sealed class Measure01ProjectInvestmentSubsidy : MeasureRule
{
    private readonly Measure1Parameters _p;

    // The boundaries depend on the parameters only: rate × approved and ratio × total reach each cap from these amounts.
    private readonly Reach _normal;
    private readonly Reach _major;

    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure01ProjectInvestmentSubsidy(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
        _p = parameters.Measure1;
        _normal = new Reach(_p.Rate, _p.TotalInvestmentRatioCap, _p.CapYuan);
        _major = new Reach(_p.Rate, _p.TotalInvestmentRatioCap, _p.MajorProjectCapYuan);
    }

    private protected override void ValidateFacts(ApplicationRecord record, ref ProblemList problems)
    {
        problems.Require(record.ProducerService, RecordField.ProducerService);
        problems.RequireAmount(record.TotalInvestmentYuan, RecordField.TotalInvestmentYuan);
        problems.RequireAmount(record.ApprovedInvestmentYuan, RecordField.ApprovedInvestmentYuan);
        if (record.ApprovedInvestmentYuan is { } approved && record.TotalInvestmentYuan is { } total && approved > total)
        {
            problems.Add(RecordField.ApprovedInvestmentYuan, ProblemList.Format(approved), ProblemCode.ExceedsTotalInvestment, ProblemList.Format(total));
        }
    }

    private protected override RuleResult Decide(ApplicationRecord record, ref TraceBuilder trace)
    {
        if (!RequireFlag(ref trace, RecordField.ProducerService, record.ProducerService!.Value))
        {
            return RuleResult.Ineligible(ReasonCode.NotProducerService);
        }

        var approved = record.ApprovedInvestmentYuan!.Value;
        var total = record.TotalInvestmentYuan!.Value;
        var positive = approved > 0m;
        trace.Add(new TraceStep(TraceCode.AmountPositive, Clause, RecordField.ApprovedInvestmentYuan, positive, false, TraceValue.Yuan(approved)));
        if (!positive)
        {
            // Only an approved investment within the total is valid, so raising it alone qualifies only under a total of at least a fen.
            if (total >= 0.01m)
            {
                trace.Add(new TraceStep(TraceCode.EligibleFrom, Clause, RecordField.ApprovedInvestmentYuan, false, false, TraceValue.Yuan(approved), FirstFen, TraceValue.Yuan(0.01m - approved)));
            }

            return RuleResult.Ineligible(ReasonCode.BelowThreshold);
        }

        var byRate = _p.Rate * approved;
        var byRatio = _p.TotalInvestmentRatioCap * total;
        var major = record.MajorProjectApproved == true;
        var cap = major ? _p.MajorProjectCapYuan : _p.CapYuan;

        // The lowest ceiling binds; on equal amounts the cap, then the ratio of total investment, is named.
        var capBinds = cap <= byRate && cap <= byRatio;
        var ratioBinds = !capBinds && byRatio <= byRate;
        var rateBinds = !capBinds && !ratioBinds;
        trace.Add(new TraceStep(TraceCode.ShareOfBase, Clause, RecordField.ApprovedInvestmentYuan, true, rateBinds, TraceValue.Rate(_p.Rate), TraceValue.Yuan(approved), TraceValue.Yuan(byRate)));
        trace.Add(new TraceStep(TraceCode.ShareOfBase, Clause, RecordField.TotalInvestmentYuan, true, ratioBinds, TraceValue.Rate(_p.TotalInvestmentRatioCap), TraceValue.Yuan(total), TraceValue.Yuan(byRatio)));
        trace.Add(new TraceStep(major ? TraceCode.MajorProjectCap : TraceCode.AbsoluteCap, Clause, major ? RecordField.MajorProjectApproved : RecordField.Record, true, capBinds, TraceValue.Yuan(cap)));

        // What would change the result: the approved investment whose share reaches the cap, and the total investment
        // whose share does where that can stand in the way (its share is below the cap now, or it must be above the
        // approved investment's boundary). Only subtractions here.
        var reach = major ? _major : _normal;
        if (reach.Approved.HasValue)
        {
            trace.Add(new TraceStep(TraceCode.CapReachedFrom, Clause, RecordField.ApprovedInvestmentYuan, cap <= byRate, false, TraceValue.Yuan(approved), reach.Approved, TraceValue.Yuan(reach.Approved.Number - approved)));
        }

        if (reach.Total.HasValue && (reach.TotalAbove || byRatio < cap))
        {
            trace.Add(new TraceStep(TraceCode.CapReachedFrom, Clause, RecordField.TotalInvestmentYuan, cap <= byRatio, false, TraceValue.Yuan(total), reach.Total, TraceValue.Yuan(reach.Total.Number - total)));
        }

        return capBinds ? RuleResult.Eligible(cap, ReasonCode.CapApplied)
            : ratioBinds ? RuleResult.Eligible(byRatio, ReasonCode.RatioCapApplied)
            : RuleResult.Eligible(byRate, ReasonCode.RateApplied);
    }

    /// <summary>The smallest positive amount in fen: an approved investment of at least this is above zero.</summary>
    private static TraceValue FirstFen => TraceValue.Yuan(0.01m);

    /// <summary>
    /// From which approved and total investment (in fen) their shares reach one cap, or empty where no amount's does; and
    /// whether the total's boundary lies above the approved investment's, so that an approved investment past its own
    /// boundary does not bring the total past its (the rate above the ratio).
    /// </summary>
    private readonly struct Reach
    {
        internal Reach(decimal rate, decimal ratio, decimal cap)
        {
            var approved = Boundaries.ShareReachesFrom(rate, cap);
            var total = Boundaries.ShareReachesFrom(ratio, cap);
            Approved = Boundaries.Yuan(approved);
            Total = Boundaries.Yuan(total);
            TotalAbove = total is { } t && (approved is not { } a || t > a);
        }

        internal TraceValue Approved { get; }

        internal TraceValue Total { get; }

        internal bool TotalAbove { get; }
    }
}
