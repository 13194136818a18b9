using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （十六） Land supply: "加强用地保障，盘活存量低效用地，鼓励采用长期租赁、先租后让、弹性年期出让等灵活的供地方式支持生产性服务业发展。鼓励工业企业利用存量房产、土地兴办生产性服务业、创新创业平台等新产业、新业态建设项目。"
/// </summary>
/// <remarks>Non-monetary. The clause also supports industrial firms that use their existing buildings and land for producer services, so <c>producer_service</c> false does not make a record ineligible. Lead unit: 市规划自然资源局.</remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure16LandSupply : NonMonetaryMeasureRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure16LandSupply(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
    }

    private protected override bool RequiresProducerService => false;
}
