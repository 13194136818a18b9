using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （二） Public service platform subsidy: "支持现代生产性服务业领域共性技术研发、成果转化、中试熟化、工业设计、供应链管理、
/// 知识产权运营、品牌营销、检验检测认证等领域公共服务平台建设，投资额超过500万元的，按不超过投资额的20%给予补助，最高不超过500万元。"
/// </summary>
/// <remarks>
/// Investment must be strictly above 5,000,000 (rule X5: "超过"); award = min(20% × approved investment,
/// 5,000,000). The list of fields ends with "等", so a platform in another field is sent for review with the
/// ceiling it would receive (parameter <c>unlisted_fields_need_review</c>). Parameters: <see cref="Measure2Parameters"/>.
/// What would change the result: below the threshold, the smallest investment in fen above it; above, the cap step
/// names the investment from which 20% of it reaches the cap, and how far the investment is from it.
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure02PublicServicePlatformSubsidy : MeasureRule
{
    private readonly Measure2Parameters _p;

    // From the parameters only: the first investment in fen above the threshold, and the first whose share reaches the cap.
    private readonly FenAmount _eligibleFrom;
    private readonly FenAmount _capReachedFrom;

    // The steps of a listed record with their parameters packed: a decision adds the investment, its share and the
    // distance to the cap.
    private readonly TraceStep.Template _thresholdStep;
    private readonly TraceStep.Template _shareStep;
    private readonly TraceStep.Template _capStep;

    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure02PublicServicePlatformSubsidy(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
        _p = parameters.Measure2;
        _eligibleFrom = new FenAmount(Boundaries.SmallestFenAbove(_p.InvestmentThresholdYuan));
        _capReachedFrom = new FenAmount(Boundaries.ShareReachesFrom(_p.Rate, _p.CapYuan));
        var yuan = TraceValue.Yuan(0m);
        _thresholdStep = new(TraceCode.ThresholdExceeded, Clause, RecordField.ApprovedInvestmentYuan, yuan, TraceValue.Yuan(_p.InvestmentThresholdYuan));
        _shareStep = new(TraceCode.ShareOfBase, Clause, RecordField.ApprovedInvestmentYuan, TraceValue.Rate(_p.Rate), yuan, yuan);
        _capStep = new(TraceCode.AbsoluteCap, Clause, RecordField.Record, TraceValue.Yuan(_p.CapYuan), _capReachedFrom.Value, _capReachedFrom.HasValue ? yuan : default);
    }

    private protected override void ValidateFacts(ApplicationRecord record, ref ProblemList problems)
    {
        problems.Require(record.PlatformField, RecordField.PlatformField);
        if (record.PlatformField is { } field && !field.IsListed() && field != PlatformField.Other)
        {
            problems.Add(RecordField.PlatformField, ((int)field).ToString(System.Globalization.CultureInfo.InvariantCulture), ProblemCode.UndefinedValue);
        }

        problems.RequireAmount(record.ApprovedInvestmentYuan, RecordField.ApprovedInvestmentYuan);
    }

    private protected override RuleResult Decide(ApplicationRecord record, ref TraceBuilder trace)
    {
        var field = record.PlatformField!.Value;
        var listed = field.IsListed();
        trace.Add(TraceCode.FieldListed, Clause, RecordField.PlatformField, listed, false, TraceValue.Of((byte)field, ValueUnit.PlatformField));
        if (!listed && !_p.UnlistedFieldsNeedReview)
        {
            return RuleResult.Ineligible(ReasonCode.FieldNotListed);
        }

        var investment = record.ApprovedInvestmentYuan!.Value;
        var above = ScaledDecimal.Compare(investment, _p.InvestmentThresholdYuan) > 0;
        trace.Add(in _thresholdStep, above, false, investment, 0m, 0m);
        if (!above)
        {
            AddEligibleFrom(ref trace, RecordField.ApprovedInvestmentYuan, investment, _eligibleFrom);
            return RuleResult.Ineligible(ReasonCode.BelowThreshold);
        }

        var byRate = ScaledDecimal.Multiply(_p.Rate, investment);
        var capBinds = ScaledDecimal.LessOrEqual(_p.CapYuan, byRate);
        trace.Add(in _shareStep, true, !capBinds, 0m, investment, byRate);
        var toCap = _capReachedFrom.HasValue ? _capReachedFrom.DistanceFrom(investment, out _) : 0m;
        trace.Add(in _capStep, true, capBinds, 0m, 0m, toCap);
        var ceiling = capBinds ? _p.CapYuan : byRate;
        return listed
            ? RuleResult.Eligible(ceiling, capBinds ? ReasonCode.CapApplied : ReasonCode.RateApplied)
            : new RuleResult(Outcome.NeedsReview, ceiling, ReasonCode.FieldNeedsReview);
    }
}
