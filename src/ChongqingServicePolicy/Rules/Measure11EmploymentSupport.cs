using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （十一） Employment and start-up support: "稳定和扩大就业，支持发展软件和信息服务、法律、会计、咨询、设计等人力和知识密集型服务业。统筹用好失业保险降费、就业补贴、税收优惠等政策，叠加就业、见习、培训等政策，完善创业补贴、融资支持、场地安排等扶持政策，降低生产性服务业中小企业和个体工商户创业就业成本。"
/// </summary>
/// <remarks>Non-monetary. A record stating <c>producer_service</c> false is ineligible. Lead unit: 市人力社保局.</remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure11EmploymentSupport : NonMonetaryMeasureRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure11EmploymentSupport(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
    }
}
