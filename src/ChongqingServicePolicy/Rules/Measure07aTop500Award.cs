using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （七） first part, 7a: "鼓励引培“中国服务业企业500强”（中企联发布）等，每新增1家首次入选的生产性服务业企业，给予相应区县
/// 最高500万元奖励，专项用于支持市场主体做大做强。"
/// </summary>
/// <remarks>
/// A producer-service enterprise entering the list for the first time earns its district (the record's
/// <c>district_code</c>) an award of up to 5,000,000. Parameters: <see cref="Measure7aParameters"/>.
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure07aTop500Award : MeasureRule
{
    private readonly Measure7aParameters _p;

    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure07aTop500Award(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts) => _p = parameters.Measure7a;

    private protected override void ValidateFacts(ApplicationRecord record, ref ProblemList problems)
    {
        problems.Require(record.ProducerService, RecordField.ProducerService);
        problems.Require(record.FirstTimeTop500, RecordField.FirstTimeTop500);
    }

    private protected override RuleResult Decide(ApplicationRecord record, ref TraceBuilder trace)
    {
        if (!RequireFlag(ref trace, RecordField.ProducerService, record.ProducerService!.Value))
        {
            return RuleResult.Ineligible(ReasonCode.NotProducerService);
        }

        if (!RequireFlag(ref trace, RecordField.FirstTimeTop500, record.FirstTimeTop500!.Value))
        {
            return RuleResult.Ineligible(ReasonCode.NotFirstTimeTop500);
        }

        trace.Add(TraceCode.AbsoluteCap, Clause, RecordField.Record, true, true, TraceValue.Yuan(_p.CapYuan));
        return RuleResult.Eligible(_p.CapYuan, ReasonCode.CapApplied);
    }
}
