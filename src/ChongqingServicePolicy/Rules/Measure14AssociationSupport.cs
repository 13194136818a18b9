using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （十四） Industry associations: "支持生产性服务业行业协会发展，充分发挥政府采购作用，鼓励相关部门购买行业领域社会组织服务。搭建生产性服务业行业协会、商会互学互鉴平台。"
/// </summary>
/// <remarks>Non-monetary. A record stating <c>producer_service</c> false is ineligible. Lead unit: 市发展改革委, with 市民政局.</remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure14AssociationSupport : NonMonetaryMeasureRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure14AssociationSupport(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
    }
}
