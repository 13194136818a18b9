using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （三） A-grade producer-service cluster award: "对年度评估为A等级的现代生产性服务业集聚区，分档次给予200—1000万元奖励，
/// 资金按照集聚区隶属关系由所在区县政府或市级部门（含开发区管委会）管理使用，专项用于支持该集聚区产业发展规划和建设方案编制、
/// 项目策划、基础设施建设、完善公共服务支撑体系、健全统计监测机制等。"
/// </summary>
/// <remarks>
/// Only grade A clusters; the award is the amount of the tier the annual evaluation gives (tier table,
/// interpretation). The decision lists the restricted uses of the funds. Parameters: <see cref="Measure3Parameters"/>.
/// What would change the result: the tier above and its award, or that the tier is the top one.
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure03ClusterAward : MeasureRule
{
    private readonly Measure3Parameters _p;

    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure03ClusterAward(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts) => _p = parameters.Measure3;

    private protected override void ValidateFacts(ApplicationRecord record, ref ProblemList problems)
    {
        problems.Require(record.ClusterGrade, RecordField.ClusterGrade);
        if (record.ClusterGrade is { } grade && grade is not (ClusterGrade.A or ClusterGrade.B or ClusterGrade.C or ClusterGrade.D))
        {
            problems.Add(RecordField.ClusterGrade, ((int)grade).ToString(System.Globalization.CultureInfo.InvariantCulture), ProblemCode.UndefinedValue, "A, B, C, D");
        }

        if (record.ClusterGrade == ClusterGrade.A)
        {
            Tiers.Check(record.ClusterTier, RecordField.ClusterTier, _p.TierAmountsYuan, ref problems);
        }
    }

    private protected override RuleResult Decide(ApplicationRecord record, ref TraceBuilder trace)
    {
        var grade = record.ClusterGrade!.Value;
        var isA = grade == ClusterGrade.A;
        trace.Add(TraceCode.GradeRequired, Clause, RecordField.ClusterGrade, isA, false, TraceValue.Of((byte)grade, ValueUnit.Grade), TraceValue.Of((byte)ClusterGrade.A, ValueUnit.Grade));
        if (!isA)
        {
            return RuleResult.Ineligible(ReasonCode.GradeNotA);
        }

        var tier = record.ClusterTier!.Value;
        var amount = _p.TierAmountsYuan[tier - 1];
        trace.Add(TraceCode.TierAward, Clause, RecordField.ClusterTier, true, true, TraceValue.Of(tier, ValueUnit.Tier), default, TraceValue.Yuan(amount));
        Tiers.AddNextTier(ref trace, Clause, RecordField.ClusterTier, tier, _p.TierAmountsYuan);
        trace.Add(TraceCode.RestrictedUses, Clause, RecordField.Record, true, false, default);
        return RuleResult.Eligible(amount, ReasonCode.TierAward);
    }
}
