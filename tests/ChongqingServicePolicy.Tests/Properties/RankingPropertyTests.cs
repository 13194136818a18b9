using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using CsCheck;
using NodaTime;
using static ChongqingServicePolicy.Tests.Properties.Generators;

namespace ChongqingServicePolicy.Tests.Properties;

/// <summary>Measure （六）'s ranking over generated statistics of any subset of the year's districts.</summary>
public sealed class RankingPropertyTests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    /// <summary>A year, and statistics for a shuffled subset of its districts (small counts, so ties are common).</summary>
    private static readonly Gen<(int Year, DistrictStatistics[] Rows)> Statistics =
        from year in Gen.Int[2024, 2026]
        let units = DistrictRegistry.Default.UnitsInForceOn(new LocalDate(year, 12, 31)).ToArray()
        from shuffled in Gen.Shuffle(units)
        from count in Gen.Int[1, units.Length]
        from values in Gen.Select(Gen.Int[0, 12], Gen.Int[-5, 12], Gen.Int[-20, 40]).Array[count]
        select (year, shuffled.Take(count).Select((u, i) => new DistrictStatistics(u.Code, year, values[i].Item1, values[i].Item2, values[i].Item3 / 100m)).ToArray());

    [Fact]
    public void RankDistricts_AnyStatistics_RanksArePermutationAndOnlyRanksOneToTenAwarded()
    {
        Statistics.Sample(
            input =>
            {
                var ranking = Engine.RankDistricts(input.Year, input.Rows);

                ranking.Rejected.Should().BeEmpty();
                ranking.Entries.Select(e => e.Rank).SequenceEqual(Enumerable.Range(1, input.Rows.Length)).Should().BeTrue("ranks are 1…n, each once");
                ranking.Entries.Select(e => e.DistrictCode).Order().SequenceEqual(input.Rows.Select(r => r.DistrictCode).Order())
                    .Should().BeTrue("every district is ranked once");
                foreach (var entry in ranking.Entries)
                {
                    entry.Score.Should().BeInRange(0m, 1m);
                    var tiedAbove = ranking.Entries.Any(e => entry.TiedWith.Contains(e.DistrictCode) && e.Rank <= 10);
                    if (entry.Rank > 10 && !tiedAbove)
                    {
                        entry.AwardYuan.Should().Be(0m, "rank {0} is outside the awards", entry.Rank);
                        entry.Outcome.Should().Be(Outcome.Ineligible);
                    }
                    else if (entry.Rank > 10)
                    {
                        // Level with a district inside the awards across the rank-10/11 boundary: a reviewer decides, and the
                        // amount is what acceptance would give. It is never paid without review.
                        entry.Outcome.Should().Be(Outcome.NeedsReview);
                        entry.AwardYuan.Should().Be(3_000_000m);
                    }
                    else if (entry.Outcome == Outcome.Eligible)
                    {
                        entry.AwardYuan.Should().Be(entry.Rank <= 5 ? 5_000_000m : 3_000_000m);
                        var band = entry.Rank <= 5;
                        ranking.Entries.Where(e => entry.TiedWith.Contains(e.DistrictCode))
                            .All(e => (e.Rank <= 5) == band && e.Rank <= 10 && e.AwardYuan == entry.AwardYuan)
                            .Should().BeTrue("a tie inside one band is paid alike");
                    }
                    else
                    {
                        entry.Outcome.Should().Be(Outcome.NeedsReview, "a district in the top ten is paid unless tied across a boundary");
                        entry.TiedWith.Should().NotBeEmpty();
                    }
                }

                ranking.Entries.Count(e => e.Outcome == Outcome.Eligible).Should().BeLessThanOrEqualTo(10);
                ranking.TotalAwardYuan.Should().BeLessThanOrEqualTo((5 * 5_000_000m) + (5 * 3_000_000m));
                ranking.Entries.Zip(ranking.Entries.Skip(1)).All(p => p.First.Score >= p.Second.Score).Should().BeTrue("ranks follow scores");
            },
            iter: Iterations);
    }
}
