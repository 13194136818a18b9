using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （十二） Talent: "加强人才保障，迭代升级生产性服务业急需紧缺人才目录，选树一批具有行业影响力、资源整合力的高端生产性服务业人才，通过“揭榜挂帅”“揭榜招贤”等方式引进高层次生产性服务业人才、领军型创新创业团队等。支持重点行业领域高端人才培训等。"
/// </summary>
/// <remarks>Non-monetary. A record stating <c>producer_service</c> false is ineligible. Lead unit: 市人力社保局.</remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure12TalentSupport : NonMonetaryMeasureRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure12TalentSupport(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
    }
}
