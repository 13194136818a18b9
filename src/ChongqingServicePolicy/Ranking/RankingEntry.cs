using System.Collections.Immutable;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Ranking;

/// <summary>One district's place in a year's ranking under measure （六）, with how its score was made.</summary>
/// <param name="Unit">The county-level unit.</param>
/// <param name="Statistics">The statistics it was ranked on.</param>
/// <param name="NewCountScore">The new count, min–max normalised across the districts ranked (0 to 1).</param>
/// <param name="NetIncreaseScore">The net increase, normalised.</param>
/// <param name="RevenueGrowthScore">The revenue growth, normalised.</param>
/// <param name="Score">The composite score: the weighted mean of the three normalised indicators.</param>
/// <param name="Rank">The place, 1 first; every district ranked has a distinct place.</param>
/// <param name="Outcome"><see cref="Outcome.Eligible"/> in an award band, <see cref="Outcome.Ineligible"/> below it, <see cref="Outcome.NeedsReview"/> for a tie across a band boundary, <see cref="Outcome.NotApplicable"/> outside the policy's validity.</param>
/// <param name="AwardYuan">The award for the place; for a tie across a boundary, the higher band's amount, to be confirmed by review.</param>
/// <param name="Reason">Why.</param>
/// <param name="TiedWith">Codes of districts still level with this one after every tie-break.</param>
/// <param name="Trace">The steps that led to the place and award.</param>
public sealed record RankingEntry(
    CountyUnit Unit,
    DistrictStatistics Statistics,
    decimal NewCountScore,
    decimal NetIncreaseScore,
    decimal RevenueGrowthScore,
    decimal Score,
    int Rank,
    Outcome Outcome,
    decimal AwardYuan,
    ReasonCode Reason,
    ImmutableArray<int> TiedWith,
    ImmutableArray<TraceStep> Trace)
{
    /// <summary>The district's GB/T 2260 code.</summary>
    public int DistrictCode => Unit.Code;

    /// <summary>The entry explained, one step a line.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The explanation.</returns>
    public string Explain(Language language = Language.Chinese) =>
        string.Join(Environment.NewLine, Trace.Select(step => DecisionText.Render(step, language)));
}
