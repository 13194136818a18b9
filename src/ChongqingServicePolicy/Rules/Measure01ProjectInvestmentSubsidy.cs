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
/// </remarks>
public sealed class Measure01ProjectInvestmentSubsidy : MeasureRule
{
    private readonly Measure1Parameters _p;

    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure01ProjectInvestmentSubsidy(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts) => _p = parameters.Measure1;

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

        return capBinds ? RuleResult.Eligible(cap, ReasonCode.CapApplied)
            : ratioBinds ? RuleResult.Eligible(byRatio, ReasonCode.RatioCapApplied)
            : RuleResult.Eligible(byRate, ReasonCode.RateApplied);
    }
}
