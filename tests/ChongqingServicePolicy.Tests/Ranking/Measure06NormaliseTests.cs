using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Ranking;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Ranking;

/// <summary>
/// Measure （六）'s min–max normalisation at the ends of decimal's range. Revenue growth is the one indicator whose range
/// can be wider than a decimal holds: from −1 (−100%, the least accepted) to <see cref="decimal.MaxValue"/>. Such a
/// range is normalised with both sides halved, which keeps the ratio but for rounding in the last of the 28 places;
/// any narrower range is normalised as it is, to every place a decimal keeps.
/// </summary>
/// <remarks>
/// The new count and the net increase are equal for every district here, so they contribute 0 and each score is a third
/// of the normalised growth. The expected values are the quotients rounded at the 28th place.
/// </remarks>
public sealed class Measure06NormaliseTests
{
    private const decimal Max = decimal.MaxValue;

    private readonly PolicyEngine _engine = Records.Engine();

    [Fact]
    public void RankDistricts_GrowthFromMinusOneToDecimalMaxValue_NormalisedWithBothSidesHalved()
    {
        // The range is MaxValue + 1, one more than a decimal holds. Halved: MaxValue / 2 rounds to
        // 39,614,081,257,132,168,796,771,975,168, and the range to the same; each growth's half is measured from −0.5.
        var ranking = Rank(-1m, 1e27m, 3e27m, 17e27m, Max);

        ranking.Entries.Select(e => e.Statistics.RevenueGrowthRate).Should().Equal(Max, 17e27m, 3e27m, 1e27m, -1m);
        ranking.Entries.Select(e => e.RevenueGrowthScore).Should().Equal(
            1m,
            0.2145701662201152110719901698m,
            0.0378653234506085666597629711m,
            0.0126217744835361888865876571m,
            0m);
        ranking.Entries.Should().AllSatisfy(e =>
        {
            e.NewCountScore.Should().Be(0m);
            e.NetIncreaseScore.Should().Be(0m);
            e.Score.Should().Be(e.RevenueGrowthScore / 3m);
        });
        ranking.Entries.Select(e => e.Rank).Should().Equal(1, 2, 3, 4, 5);
        ranking.Entries.Should().AllSatisfy(e => e.AwardYuan.Should().Be(5_000_000m, "five districts all rank within the first band"));
    }

    [Fact]
    public void RankDistricts_GrowthRangeExactlyDecimalMaxValue_NormalisedWithoutHalving()
    {
        // From −1 to MaxValue − 1 the range is MaxValue itself, which a decimal holds: the quotient is taken whole.
        // (Halved, the growth of 19 × 10^27 would come out at ...654838, one in the last place below.)
        var ranking = Rank(-1m, 19e27m, Max - 1m);

        ranking.Entries.Select(e => e.RevenueGrowthScore).Should().Equal(1m, 0.2398137151871875888451654839m, 0m);
        ranking.Entries[1].Score.Should().Be(0.2398137151871875888451654839m / 3m);
        ranking.Entries.Should().AllSatisfy(e => e.AwardYuan.Should().Be(5_000_000m));
    }

    [Fact]
    public void RankDistricts_GrowthsApartInTheTwentyEighthPlaceOnly_ToldApartExactly()
    {
        // 10^-28 of a range of 3 × 10^-28 is a third; halving the growths first would round 0.5 × 10^-28 to 0.
        var ranking = Rank(0m, 0.0000000000000000000000000001m, 0.0000000000000000000000000003m);

        ranking.Entries.Select(e => e.Statistics.RevenueGrowthRate).Should().Equal(
            0.0000000000000000000000000003m, 0.0000000000000000000000000001m, 0m);
        ranking.Entries.Select(e => e.RevenueGrowthScore).Should().Equal(1m, 0.3333333333333333333333333333m, 0m);
        ranking.Entries[1].Score.Should().Be(0.1111111111111111111111111111m);
    }

    /// <summary>Ranks the first districts in force at the end of 2025 with the growths given and equal other indicators.</summary>
    private DistrictRanking Rank(params decimal[] growths)
    {
        var codes = _engine.Districts.UnitsInForceOn(new LocalDate(2025, 12, 31)).Select(u => u.Code).ToArray();
        return _engine.RankDistricts(2025, growths.Select((g, i) => new DistrictStatistics(codes[i], 2025, 5, 0, g)).ToList());
    }
}
