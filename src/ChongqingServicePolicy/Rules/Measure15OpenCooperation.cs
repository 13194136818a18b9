using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （十五） Open cooperation platforms: "深化开放合作，围绕渝新、渝港、RCEP成员国合作和成渝地区双城经济圈建设、渝鲁合作等国际、省际合作机制，支持通过产业联动、平台联建、活动联办、品牌联创等方式，搭建更多市内企业“走出去”、市外企业“引进来”的合作交流平台。"
/// </summary>
/// <remarks>Non-monetary. A record stating <c>producer_service</c> false is ineligible. Lead unit: 市发展改革委.</remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure15OpenCooperation : NonMonetaryMeasureRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure15OpenCooperation(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
    }
}
