using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （八） Government investment funds and equity investment: "充分发挥各级政府投资基金作用，鼓励天使投资、风险投资、私募股权投资等投资机构，加大对生产性服务业企业、项目和集聚区建设的支持力度。引导耐心资本重点支持初创期、成长期生产性服务业企业。"
/// </summary>
/// <remarks>Non-monetary. A record stating <c>producer_service</c> false is ineligible. Lead unit: 市委金融办.</remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure08InvestmentFunds : NonMonetaryMeasureRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure08InvestmentFunds(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
    }
}
