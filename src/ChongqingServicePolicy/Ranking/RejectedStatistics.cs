using System.Collections.Immutable;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Ranking;

/// <summary>A row of district statistics left out of the ranking, with every problem found in it.</summary>
/// <param name="Index">The row's 0-based position among the rows given.</param>
/// <param name="Statistics">The row.</param>
/// <param name="Problems">Every problem found.</param>
public sealed record RejectedStatistics(int Index, DistrictStatistics Statistics, ImmutableArray<Problem> Problems)
{
    /// <summary>The outcome of a rejected row: always <see cref="Outcome.Invalid"/>.</summary>
    public Outcome Outcome => Outcome.Invalid;
}
