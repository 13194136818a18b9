using ChongqingServicePolicy.Rules;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>
/// The edges of the boundary arithmetic as examples (the property tests cover the body): amounts so large that a fen
/// cannot be added, and a cap of zero, which every amount reaches whatever the rate.
/// </summary>
public sealed class BoundaryEdgeTests
{
    [Theory]
    [InlineData("5000000", "5000000.01")]
    [InlineData("5000000.005", "5000000.01")]
    [InlineData("-0.01", "0.00")]
    public void SmallestFenAbove_OrdinaryThreshold_OneFenAboveItsFen(string threshold, string expected)
    {
        Boundaries.SmallestFenAbove(decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SmallestFenAbove_ThresholdWithNoRoomForAFen_Null()
    {
        // 28 significant digits: adding 0.01 rounds back to the threshold itself, so no amount in fen is above it.
        Boundaries.SmallestFenAbove(decimal.MaxValue).Should().BeNull();
        Boundaries.SmallestFenAbove(1_000_000_000_000_000_000_000_000_000m).Should().BeNull();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("0.10")]
    public void ShareReachesFrom_CapZero_EveryAmountReachesIt_WhateverTheRate(string rate)
    {
        var result = Boundaries.ShareReachesFrom(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), 0m);

        result.Should().Be(0m);
        result!.Value.Scale.Should().Be(2);
    }

    [Fact]
    public void ShareReachesFrom_QuotientRoundedDownOntoAFen_CorrectedOneFenUp()
    {
        // 0.0300…01 / 3 is 0.0100…0033…, which decimal division rounds to 0.01 exactly; 3 × 0.01 = 0.03 falls short of
        // the cap, so the first estimate is one fen low and the boundary is 0.02.
        var cap = 0.0300000000000000000000000001m;

        var result = Boundaries.ShareReachesFrom(3m, cap);

        result.Should().Be(0.02m);
        (3m * 0.01m).Should().BeLessThan(cap);
        (3m * result!.Value).Should().BeGreaterThanOrEqualTo(cap);
    }

    [Fact]
    public void ShareReachesFrom_QuotientBeyondDecimal_Null()
    {
        // decimal.MaxValue / 10^-28 overflows: no amount's share reaches such a cap.
        Boundaries.ShareReachesFrom(0.0000000000000000000000000001m, decimal.MaxValue).Should().BeNull();
    }
}
