using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （十） Better financial services and risk sharing: "优化金融服务供给，健全风险分担补偿机制，鼓励构建“股贷债保”联动全方位全业态全生命周期的科技金融综合服务体系。优化贷款审批流程，提高贷款审批和发放效率，规范融资过程中相关中介机构收费行为，切实降低生产性服务业企业融资成本。"
/// </summary>
/// <remarks>Non-monetary. A record stating <c>producer_service</c> false is ineligible. Lead unit: 市委金融办.</remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure10FinancialServices : NonMonetaryMeasureRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure10FinancialServices(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
    }
}
