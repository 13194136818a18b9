using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Rules;

namespace ChongqingServicePolicy.Tests.Measures;

/// <summary>
/// A boundary amount's edges: zero is an amount and a negative one is none; a boundary's digits from 2^63 up, and an
/// amount's above 2^63, are left to decimal arithmetic, as their difference might not fit 64 bits.
/// </summary>
public sealed class FenAmountEdgeTests
{
    /// <summary>2^63 − 1, 2^63 and 2^63 + 1 at 0, 1 and 2 places: a boundary's digits stop below 2^63, an amount's at 2^63.</summary>
    public static TheoryData<decimal> AtTwoTo63 => new()
    {
        9_223_372_036_854_775_807m, 922_337_203_685_477_580.7m, 92_233_720_368_547_758.07m,
        9_223_372_036_854_775_808m, 922_337_203_685_477_580.8m, 92_233_720_368_547_758.08m,
        9_223_372_036_854_775_809m, 922_337_203_685_477_580.9m, 92_233_720_368_547_758.09m,
        // Above 2^63 + 1, where a fast path taken would read the mantissa as a negative long.
        9_223_372_036_854_775_810m, 922_337_203_685_477_581.0m, 92_233_720_368_547_758.10m, 18_446_744_073_709_551_615m,
    };

    [Fact]
    public void New_Zero_IsAnAmount()
    {
        var zero = new FenAmount(0m);
        var zeroFen = new FenAmount(0.00m);

        zero.HasValue.Should().BeTrue();
        zero.Value.Should().Be(TraceValue.Yuan(0m));
        zeroFen.HasValue.Should().BeTrue();
        zeroFen.Value.Number.Scale.Should().Be(0, "a whole number of yuan is kept without decimals");
        zero.DistanceFrom(0.01m, out var sign).Should().Be(-0.01m);
        sign.Should().Be(-1);
        zero.CompareTo(0.00m).Should().Be(0);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("-1")]
    public void New_Negative_IsNone(string amount)
    {
        var negative = new FenAmount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));

        negative.HasValue.Should().BeFalse();
        negative.Value.Should().Be(default(TraceValue));
    }

    [Theory]
    [MemberData(nameof(AtTwoTo63))]
    public void DistanceFrom_BoundaryAtTwoTo63_AsDecimalSubtraction(decimal boundary)
    {
        var amount = new FenAmount(boundary);

        foreach (var other in new[] { 0m, 1m, 0.1m, 0.01m, 5_000_000.00m, boundary })
        {
            var expected = amount.Value.Number - other;
            var distance = amount.DistanceFrom(other, out var sign);

            decimal.GetBits(distance).Should().Equal(decimal.GetBits(expected == 0m ? Math.Abs(expected) : expected), "{0} − {1}", boundary, other);
            sign.Should().Be(decimal.Sign(expected));
            amount.CompareTo(other).Should().Be(decimal.Sign(expected));
        }
    }

    [Theory]
    [InlineData("18446744073709551616")] // 2^64: its low 64 bits are 0
    [InlineData("184467440737095516.17")]
    [InlineData("1844674407370955161.7")]
    public void DistanceFrom_AmountBeyond64Bits_AsDecimalSubtraction(string text)
    {
        var other = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var boundary in new[] { 0m, 1m, 0.01m, 50_000_000m })
        {
            var amount = new FenAmount(boundary);

            decimal.GetBits(amount.DistanceFrom(other, out var sign)).Should().Equal(decimal.GetBits(boundary - other), "{0} − {1}", boundary, other);
            sign.Should().Be(-1);
            amount.CompareTo(other).Should().Be(-1);
        }
    }

    [Theory]
    [InlineData("0", "0.000")] // 0 - 0.000 is -0.000 in decimal subtraction
    [InlineData("0", "0.0000000")]
    [InlineData("50000000", "50000000.000")]
    [InlineData("5000000.01", "5000000.0100")]
    [InlineData("100000000000000000000", "100000000000000000000")]
    public void DistanceFrom_EqualAmountTakenByDecimalSubtraction_APlainZero(string boundaryText, string amountText)
    {
        var amount = new FenAmount(decimal.Parse(boundaryText, System.Globalization.CultureInfo.InvariantCulture));
        var other = decimal.Parse(amountText, System.Globalization.CultureInfo.InvariantCulture);

        var distance = amount.DistanceFrom(other, out var sign);

        distance.Should().Be(0m);
        decimal.IsNegative(distance).Should().BeFalse("a distance of zero is never −0");
        sign.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(AtTwoTo63))]
    public void DistanceFrom_AmountAtTwoTo63_AsDecimalSubtraction(decimal other)
    {
        foreach (var boundary in new[] { 0m, 1m, 0.1m, 0.01m, 5_000_000.00m, 50_000_000m })
        {
            var amount = new FenAmount(boundary);
            var expected = amount.Value.Number - other;
            var distance = amount.DistanceFrom(other, out var sign);

            decimal.GetBits(distance).Should().Equal(decimal.GetBits(expected), "{0} − {1}", boundary, other);
            sign.Should().Be(-1);
            amount.CompareTo(other).Should().Be(-1);
        }
    }

    [Theory]
    [InlineData("5000000.10", "0.1")] // a boundary of two places whose second is 0, less an amount of one place
    [InlineData("5000000.10", "5000000")]
    [InlineData("3333333.30", "3333333.3")]
    [InlineData("20.0", "20")]
    public void DistanceFrom_BoundaryWithTrailingZeroPlaces_KeepsTheScaleOfDecimalSubtraction(string boundaryText, string amountText)
    {
        var boundary = decimal.Parse(boundaryText, System.Globalization.CultureInfo.InvariantCulture);
        var other = decimal.Parse(amountText, System.Globalization.CultureInfo.InvariantCulture);
        var amount = new FenAmount(boundary);
        var expected = amount.Value.Number - other;

        var distance = amount.DistanceFrom(other, out var sign);

        decimal.GetBits(distance).Should().Equal(decimal.GetBits(expected == 0m ? Math.Abs(expected) : expected), "{0} − {1}", boundary, other);
        sign.Should().Be(decimal.Sign(expected));
    }
}
