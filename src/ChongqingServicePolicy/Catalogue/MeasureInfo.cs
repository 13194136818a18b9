using System.Collections.Immutable;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Catalogue;

/// <summary>What the policy text says about one measure: where it stands, what it gives, to whom, and who leads it.</summary>
/// <param name="Id">The measure.</param>
/// <param name="ClauseNumber">The clause number as printed, e.g. （一）; the four parts of （七） share it.</param>
/// <param name="SectionZh">The section heading, e.g. 一、支持项目（平台）建设.</param>
/// <param name="SectionEn">The section heading in English.</param>
/// <param name="TitleZh">A short Chinese title.</param>
/// <param name="TitleEn">A short English title.</param>
/// <param name="ClauseTextZh">A short quotation of the clause's operative words.</param>
/// <param name="Kind">What kind of support the measure gives.</param>
/// <param name="RecipientZh">Who receives the support, in Chinese.</param>
/// <param name="RecipientEn">Who receives the support, in English.</param>
/// <param name="LeadUnitZh">The lead unit (牵头单位) as the text names it.</param>
/// <param name="LeadUnitEn">The lead unit in English.</param>
/// <param name="Channels">The channels of support the clause names (for non-monetary measures, what a decision lists).</param>
public sealed record MeasureInfo(
    MeasureId Id,
    string ClauseNumber,
    string SectionZh,
    string SectionEn,
    string TitleZh,
    string TitleEn,
    string ClauseTextZh,
    MeasureKind Kind,
    string RecipientZh,
    string RecipientEn,
    string LeadUnitZh,
    string LeadUnitEn,
    ImmutableArray<SupportChannel> Channels)
{
    /// <summary>The measure's contract code, e.g. <c>7a</c>.</summary>
    public string Code => Id.ToCode();
}
