using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （十三） Event platform subsidy: "对符合条件的生产性服务业活动平台，按不超过实际投入的30%给予补助，最高不超过100万元。"
/// </summary>
/// <remarks>
/// Award = min(30% × actual input, 1,000,000) for an event platform with actual input above zero. A record that
/// says the platform is not in producer services is ineligible. Parameters: <see cref="Measure13Parameters"/>.
/// What would change the result: the cap step names the actual input from which 30% of it reaches the cap, and how far
/// the input is from it; an input of zero is told the first fen.
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure13EventPlatformSubsidy : MeasureRule
{
    private readonly Measure13Parameters _p;

    // The smallest positive input in fen, and from the parameters only, the first actual input in fen whose share reaches the cap.
    private static readonly FenAmount FirstFen = new(0.01m);
    private readonly FenAmount _capReachedFrom;

    // The steps of an eligible record with their parameters packed: a decision adds the input, its share and the
    // distance to the cap.
    private readonly TraceStep.Template _positiveStep;
    private readonly TraceStep.Template _shareStep;
    private readonly TraceStep.Template _capStep;

    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure13EventPlatformSubsidy(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
        _p = parameters.Measure13;
        _capReachedFrom = new FenAmount(Boundaries.ShareReachesFrom(_p.Rate, _p.CapYuan));
        var yuan = TraceValue.Yuan(0m);
        _positiveStep = new(TraceCode.AmountPositive, Clause, RecordField.EventActualInputYuan, yuan);
        _shareStep = new(TraceCode.ShareOfBase, Clause, RecordField.EventActualInputYuan, TraceValue.Rate(_p.Rate), yuan, yuan);
        _capStep = new(TraceCode.AbsoluteCap, Clause, RecordField.Record, TraceValue.Yuan(_p.CapYuan), _capReachedFrom.Value, _capReachedFrom.HasValue ? yuan : default);
    }

    private protected override void ValidateFacts(ApplicationRecord record, ref ProblemList problems) =>
        problems.RequireAmount(record.EventActualInputYuan, RecordField.EventActualInputYuan);

    private protected override RuleResult Decide(ApplicationRecord record, ref TraceBuilder trace)
    {
        if (record.ProducerService is { } producerService && !RequireFlag(ref trace, RecordField.ProducerService, producerService))
        {
            return RuleResult.Ineligible(ReasonCode.NotProducerService);
        }

        var input = record.EventActualInputYuan!.Value;
        var positive = ScaledDecimal.IsPositive(input);
        trace.Add(in _positiveStep, positive, false, input, 0m, 0m);
        if (!positive)
        {
            AddEligibleFrom(ref trace, RecordField.EventActualInputYuan, input, FirstFen);
            return RuleResult.Ineligible(ReasonCode.BelowThreshold);
        }

        var byRate = ScaledDecimal.Multiply(_p.Rate, input);
        var capBinds = ScaledDecimal.LessOrEqual(_p.CapYuan, byRate);
        trace.Add(in _shareStep, true, !capBinds, 0m, input, byRate);
        var toCap = _capReachedFrom.HasValue ? _capReachedFrom.DistanceFrom(input, out _) : 0m;
        trace.Add(in _capStep, true, capBinds, 0m, 0m, toCap);
        return capBinds ? RuleResult.Eligible(_p.CapYuan, ReasonCode.CapApplied) : RuleResult.Eligible(byRate, ReasonCode.RateApplied);
    }
}
