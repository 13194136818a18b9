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
/// What would change the result: an eligible record's cap step says from which approved investment its share reaches
/// the cap and how far the approved investment is from it; where the total investment stands in the way (its 10%
/// share binds, or under parameters with the rate above the ratio), a <see cref="TraceCode.CapReachedFrom"/> step says
/// from which total investment its share does: the total above which the ratio stops binding. The cap binds when
/// both shares reach it. A record with no approved investment is told the smallest amount that qualifies.
/// </para>
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure01ProjectInvestmentSubsidy : MeasureRule
{
    private readonly Measure1Parameters _p;

    // The boundaries depend on the parameters only: rate × approved and ratio × total reach each cap from these amounts
    // (none where no amount's share does), and the total's is named even when the cap binds if it lies above the
    // approved investment's (the rate above the ratio), since an approved investment past its own boundary then does
    // not bring the total past its.
    private readonly FenAmount _approvedReach;
    private readonly FenAmount _totalReach;
    private readonly FenAmount _majorApprovedReach;
    private readonly FenAmount _majorTotalReach;
    private readonly bool _totalAbove;
    private readonly bool _majorTotalAbove;

    // The steps of an eligible record with their parameters packed: a decision adds the record's amounts, the shares
    // and the distances to the cap.
    private readonly TraceStep.Template _positiveStep;
    private readonly TraceStep.Template _approvedShareStep;
    private readonly TraceStep.Template _totalShareStep;
    private readonly TraceStep.Template _capStep;
    private readonly TraceStep.Template _majorCapStep;
    private readonly TraceStep.Template _totalReachStep;
    private readonly TraceStep.Template _majorTotalReachStep;

    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure01ProjectInvestmentSubsidy(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
        _p = parameters.Measure1;
        (_approvedReach, _totalReach, _totalAbove) = Reach(_p.Rate, _p.TotalInvestmentRatioCap, _p.CapYuan);
        (_majorApprovedReach, _majorTotalReach, _majorTotalAbove) = Reach(_p.Rate, _p.TotalInvestmentRatioCap, _p.MajorProjectCapYuan);
        var yuan = TraceValue.Yuan(0m);
        _positiveStep = new(TraceCode.AmountPositive, Clause, RecordField.ApprovedInvestmentYuan, yuan);
        _approvedShareStep = new(TraceCode.ShareOfBase, Clause, RecordField.ApprovedInvestmentYuan, TraceValue.Rate(_p.Rate), yuan, yuan);
        _totalShareStep = new(TraceCode.ShareOfBase, Clause, RecordField.TotalInvestmentYuan, TraceValue.Rate(_p.TotalInvestmentRatioCap), yuan, yuan);
        _capStep = new(TraceCode.AbsoluteCap, Clause, RecordField.Record, TraceValue.Yuan(_p.CapYuan), _approvedReach.Value, _approvedReach.HasValue ? yuan : default);
        _majorCapStep = new(TraceCode.MajorProjectCap, Clause, RecordField.MajorProjectApproved, TraceValue.Yuan(_p.MajorProjectCapYuan), _majorApprovedReach.Value, _majorApprovedReach.HasValue ? yuan : default);
        _totalReachStep = new(TraceCode.CapReachedFrom, Clause, RecordField.TotalInvestmentYuan, yuan, _totalReach.Value, yuan);
        _majorTotalReachStep = new(TraceCode.CapReachedFrom, Clause, RecordField.TotalInvestmentYuan, yuan, _majorTotalReach.Value, yuan);
    }

    private protected override void ValidateFacts(ApplicationRecord record, ref ProblemList problems)
    {
        problems.Require(record.ProducerService, RecordField.ProducerService);
        problems.RequireAmount(record.TotalInvestmentYuan, RecordField.TotalInvestmentYuan);
        problems.RequireAmount(record.ApprovedInvestmentYuan, RecordField.ApprovedInvestmentYuan);
        if (record.ApprovedInvestmentYuan is { } approved && record.TotalInvestmentYuan is { } total && ScaledDecimal.Compare(approved, total) > 0)
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
        var positive = ScaledDecimal.IsPositive(approved);
        trace.Add(in _positiveStep, positive, false, approved, 0m, 0m);
        if (!positive)
        {
            // Only an approved investment within the total is valid, so raising it alone qualifies only under a total of at least a fen.
            if (total >= 0.01m)
            {
                AddEligibleFrom(ref trace, RecordField.ApprovedInvestmentYuan, approved, FirstFen);
            }

            return RuleResult.Ineligible(ReasonCode.BelowThreshold);
        }

        var byRate = ScaledDecimal.Multiply(_p.Rate, approved);
        var byRatio = ScaledDecimal.Multiply(_p.TotalInvestmentRatioCap, total);
        var major = record.MajorProjectApproved == true;
        var cap = major ? _p.MajorProjectCapYuan : _p.CapYuan;

        // The lowest ceiling binds; on equal amounts the cap, then the ratio of total investment, is named.
        var capBinds = ScaledDecimal.LessOrEqual(cap, byRate) && ScaledDecimal.LessOrEqual(cap, byRatio);
        var ratioBinds = !capBinds && ScaledDecimal.LessOrEqual(byRatio, byRate);
        var rateBinds = !capBinds && !ratioBinds;
        trace.Add(in _approvedShareStep, true, rateBinds, 0m, approved, byRate);
        trace.Add(in _totalShareStep, true, ratioBinds, 0m, total, byRatio);

        // What would change the result. The cap step names the approved investment from which its share reaches the
        // cap, and how far the approved investment is from it (no division, and in the usual case no decimal
        // arithmetic: see FenAmount). The total investment gets a step of its own where it stands in the way: its
        // share binds (so it is below the cap), or its boundary lies above the approved investment's (a rate above the
        // ratio). Otherwise it cannot: an approved investment past its boundary is within a total past the total's.
        ref readonly var approvedReach = ref major ? ref _majorApprovedReach : ref _approvedReach;
        var toCap = approvedReach.HasValue ? approvedReach.DistanceFrom(approved, out _) : 0m;
        trace.Add(in major ? ref _majorCapStep : ref _capStep, true, capBinds, 0m, 0m, toCap);
        if (ratioBinds || (major ? _majorTotalAbove : _totalAbove))
        {
            AddTotalReach(ref trace, major, cap, capBinds, ratioBinds, total, byRatio);
        }

        return capBinds ? RuleResult.Eligible(cap, ReasonCode.CapApplied)
            : ratioBinds ? RuleResult.Eligible(byRatio, ReasonCode.RatioCapApplied)
            : RuleResult.Eligible(byRate, ReasonCode.RateApplied);
    }

    /// <summary>
    /// The total investment from which its share reaches the cap. Where the ratio binds its share is below the cap;
    /// where the cap binds it reaches it; otherwise, for an amount in whole fen, the distance's sign says whether it does,
    /// and an amount with fractions of a fen is compared as its share was computed.
    /// </summary>
    private void AddTotalReach(ref TraceBuilder trace, bool major, decimal cap, bool capBinds, bool ratioBinds, decimal total, decimal byRatio)
    {
        ref readonly var totalReach = ref major ? ref _majorTotalReach : ref _totalReach;
        if (!totalReach.HasValue)
        {
            return;
        }

        var toCap = totalReach.DistanceFrom(total, out var sign);
        var reached = capBinds || (!ratioBinds && (total.Scale <= 2 ? sign <= 0 : cap <= byRatio));
        trace.Add(in major ? ref _majorTotalReachStep : ref _totalReachStep, reached, false, total, 0m, toCap);
    }

    /// <summary>The smallest positive amount in fen: an approved investment of at least this is above zero.</summary>
    private static readonly FenAmount FirstFen = new(0.01m);

    /// <summary>From which approved and total investment their shares reach a cap, and whether the total's lies above.</summary>
    private static (FenAmount Approved, FenAmount Total, bool TotalAbove) Reach(decimal rate, decimal ratio, decimal cap)
    {
        var approved = Boundaries.ShareReachesFrom(rate, cap);
        var total = Boundaries.ShareReachesFrom(ratio, cap);
        return (new FenAmount(approved), new FenAmount(total), total is { } t && (approved is not { } a || t > a));
    }
}
