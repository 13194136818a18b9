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

    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure13EventPlatformSubsidy(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
        _p = parameters.Measure13;
        _capReachedFrom = new FenAmount(Boundaries.ShareReachesFrom(_p.Rate, _p.CapYuan));
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
        trace.Add(TraceCode.AmountPositive, Clause, RecordField.EventActualInputYuan, positive, false, TraceValue.Yuan(input));
        if (!positive)
        {
            AddEligibleFrom(ref trace, RecordField.EventActualInputYuan, input, FirstFen);
            return RuleResult.Ineligible(ReasonCode.BelowThreshold);
        }

        var byRate = ScaledDecimal.Multiply(_p.Rate, input);
        var capBinds = ScaledDecimal.LessOrEqual(_p.CapYuan, byRate);
        trace.Add(TraceCode.ShareOfBase, Clause, RecordField.EventActualInputYuan, true, !capBinds, TraceValue.Rate(_p.Rate), TraceValue.Yuan(input), TraceValue.Yuan(byRate));
        var toCap = _capReachedFrom.HasValue ? TraceValue.Yuan(_capReachedFrom.DistanceFrom(input, out _)) : default;
        trace.Add(TraceCode.AbsoluteCap, Clause, RecordField.Record, true, capBinds, TraceValue.Yuan(_p.CapYuan), _capReachedFrom.Value, toCap);
        return capBinds ? RuleResult.Eligible(_p.CapYuan, ReasonCode.CapApplied) : RuleResult.Eligible(byRate, ReasonCode.RateApplied);
    }
}
