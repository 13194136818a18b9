using System.Globalization;
using ChongqingServicePolicy.Rules;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>
/// The boundary arithmetic where decimal's own rounding decides: a first estimate one fen high (the product the rules
/// compare is rounded up onto the cap), amounts so large that a fen no longer changes them, and thresholds at the ends
/// of decimal's range, which round without overflow.
/// </summary>
public sealed class BoundaryCorrectionTests
{
    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void ShareReachesFrom_ProductRoundedUpOntoTheCap_FirstEstimateOneFenHighCorrectedDown()
    {
        // 0.5000…0001 × 0.51 = 0.2550…000051, which decimal multiplication rounds up to the cap 0.2550…0001: 0.51
        // reaches the cap. The quotient cap / rate is 0.51 + 9.8 × 10^-29, which decimal division keeps above 0.51, so
        // the first estimate is 0.52, one fen high.
        var rate = D("0.5000000000000000000000000001");
        var cap = D("0.2550000000000000000000000001");
        (cap / rate).Should().BeGreaterThan(0.51m);
        (rate * 0.51m).Should().Be(cap);
        (rate * 0.50m).Should().BeLessThan(cap);

        var result = Boundaries.ShareReachesFrom(rate, cap);

        result.Should().Be(0.51m);
        result!.Value.Scale.Should().Be(2);
    }

    [Fact]
    public void ShareReachesFrom_AmountWhereAFenIsLost_Null()
    {
        // At 10^27 decimal keeps one decimal place: 10^27 − 0.01 rounds back to 10^27, so no amount in fen can be told
        // apart from the next one and the boundary is not named.
        (1_000_000_000_000_000_000_000_000_000m - 0.01m).Should().Be(1_000_000_000_000_000_000_000_000_000m);

        Boundaries.ShareReachesFrom(1m, 1_000_000_000_000_000_000_000_000_000m).Should().BeNull();
        Boundaries.ShareReachesFrom(0.3m, 1_000_000_000_000_000_000_000_000_000m).Should().BeNull();
    }

    [Theory]
    [InlineData("0.3", "1000000", "3333333.34")]
    [InlineData("0.3", "0.01", "0.04")]
    [InlineData("1", "0.01", "0.01")]
    // The smallest rate: its product with an amount is rounded to 10^-28, half of which is the share of 50 fen, so
    // 0.01 is reached 50 fen below the quotient 10^26.
    [InlineData("0.0000000000000000000000000001", "0.01", "99999999999999999999999999.50")]
    // 3 × 10^-28 × 0.17 = 5.1 × 10^-29 rounds up to the cap 10^-28; the quotient 0.333… gives 0.34, 17 fen high.
    [InlineData("0.0000000000000000000000000003", "0.0000000000000000000000000001", "0.17")]
    public void ShareReachesFrom_OrdinaryRatesAndCaps_SmallestAmountInFenWhoseShareReachesTheCap(string rate, string cap, string expected)
    {
        var r = D(rate);
        var c = D(cap);

        var result = Boundaries.ShareReachesFrom(r, c);

        result.Should().Be(D(expected));
        result!.Value.Scale.Should().Be(2);
        (r * result.Value).Should().BeGreaterThanOrEqualTo(c);
        (r * (result.Value - 0.01m)).Should().BeLessThan(c);
    }

    /// <summary>Thresholds at the ends of decimal's range: the largest magnitude at every scale, and the extremes.</summary>
    public static TheoryData<decimal> ExtremeThresholds()
    {
        var data = new TheoryData<decimal> { decimal.MaxValue, decimal.MinValue, decimal.Zero };
        for (byte scale = 0; scale <= 28; scale++)
        {
            data.Add(new decimal(-1, -1, -1, false, scale));
            data.Add(new decimal(-1, -1, -1, true, scale));
            data.Add(new decimal(-2, -1, -1, false, scale));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExtremeThresholds))]
    public void SmallestFenAbove_ExtremeThreshold_AboveItOrNull(decimal threshold)
    {
        var result = Boundaries.SmallestFenAbove(threshold);

        if (result is { } fen)
        {
            fen.Should().BeGreaterThan(threshold);
            decimal.Round(fen, 2).Should().Be(fen);
        }
        else
        {
            // Only where a fen is lost in decimal's rounding.
            (decimal.Round(threshold, 2, MidpointRounding.ToNegativeInfinity) + 0.01m).Should().Be(threshold);
        }
    }

    [Theory]
    [MemberData(nameof(ExtremeThresholds))]
    public void SmallestFenAtLeast_ExtremeThreshold_NotBelowIt(decimal threshold)
    {
        var fen = Boundaries.SmallestFenAtLeast(threshold);

        fen.Should().BeGreaterThanOrEqualTo(threshold);
        (fen - threshold).Should().BeLessThan(0.01m);
    }

    [Theory]
    [InlineData("20000000", "20000000.00")]
    [InlineData("19999999.991", "20000000.00")]
    [InlineData("19999999.99", "19999999.99")]
    [InlineData("0", "0.00")]
    [InlineData("0.0", "0.00")]
    public void SmallestFenAtLeast_OrdinaryThreshold_TheThresholdUpToTheFen(string threshold, string expected)
    {
        var fen = Boundaries.SmallestFenAtLeast(D(threshold));

        fen.Should().Be(D(expected));
        fen.Scale.Should().Be(2);
        // A zero threshold gives a plain zero, not one with the sign bit set (which decimal.IsNegative reports; the
        // rules' distances avoid such zeros too).
        decimal.IsNegative(fen).Should().BeFalse();
    }
}
