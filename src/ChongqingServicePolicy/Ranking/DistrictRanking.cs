using System.Collections.Immutable;
using NodaTime;

namespace ChongqingServicePolicy.Ranking;

/// <summary>A year's ranking of districts under measure （六）.</summary>
/// <param name="Year">The statistical year.</param>
/// <param name="ReferenceDate">The day whose units in force make up the ranking (by default 31 December of the year).</param>
/// <param name="Entries">The districts ranked, in rank order.</param>
/// <param name="Rejected">Rows of the year left out, with their problems.</param>
/// <param name="OtherYearRows">How many rows were for other years and so not considered.</param>
public sealed record DistrictRanking(
    int Year,
    LocalDate ReferenceDate,
    ImmutableArray<RankingEntry> Entries,
    ImmutableArray<RejectedStatistics> Rejected,
    int OtherYearRows)
{
    /// <summary>The total of the awards to districts in an award band.</summary>
    public decimal TotalAwardYuan => Entries.Where(e => e.Outcome == Decisions.Outcome.Eligible).Sum(e => e.AwardYuan);
}
