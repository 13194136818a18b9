using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （四） Support for projects, platforms and enterprises in clusters: "对集聚区内入驻的项目、平台和企业，给予资金、人才和用地支持。
/// 积极推荐争取中央预算内资金、地方政府专项债、超长期特别国债及国家级试点示范项目等支持。鼓励集聚区运营机构给予入驻企业租金减免、
/// 购房装修、网络通讯等支持。"
/// </summary>
/// <remarks>Non-monetary. The record must say the applicant is located in a cluster (<c>in_cluster</c>).</remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure04ClusterResidentSupport : NonMonetaryMeasureRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure04ClusterResidentSupport(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
    }

    private protected override void ValidateFacts(ApplicationRecord record, ref ProblemList problems) =>
        problems.Require(record.InCluster, RecordField.InCluster);

    private protected override RuleResult Decide(ApplicationRecord record, ref TraceBuilder trace) =>
        RequireFlag(ref trace, RecordField.InCluster, record.InCluster!.Value)
            ? Supported(ref trace)
            : RuleResult.Ineligible(ReasonCode.NotInCluster);
}
