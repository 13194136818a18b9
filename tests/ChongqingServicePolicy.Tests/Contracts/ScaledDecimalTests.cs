using ChongqingServicePolicy.Rules;
using CsCheck;

namespace ChongqingServicePolicy.Tests.Contracts;

/// <summary>
/// The products, comparisons, two-place amounts and amounts rounded down to the fen computed on 64-bit mantissas are
/// exactly what decimal arithmetic gives: the same value and the same scale (the trace records scales), for operands the
/// fast path takes and for every other operand, which it leaves to decimal arithmetic.
/// </summary>
public sealed class ScaledDecimalTests
{
    private static readonly decimal[] Edges =
    [
        // A zero with its sign bit set must be built: the compiler folds a negated zero literal to a plain zero.
        0m, new decimal(0, 0, 0, true, 0), new decimal(0, 0, 0, true, 2), 0.00m, 0.0m, 1m, 0.1m, 0.10m, 0.2m, 0.05m, 0.01m, 0.001m, 5_000_000m, 20_000_000m, 5_000_000.00m, 30_000_000m,
        49_999_999.99m, 1e-28m, -1m, -0.01m, 18_446_744_073_709_551_615m, 18_446_744_073_709_551_616m, 1_844_674_407_370_955_161.5m,
        4_294_967_296m, 4_294_967_295m, 9_999_999_999_999_999_999m, 10_000_000_000_000_000_000m, 0.9999999999999999999999999999m,
        decimal.MaxValue, decimal.MinValue, 79_228_162_514_264_337_593_543_950.335m,
    ];

    /// <summary>Decimals of every scale, sign and size: small mantissas (the usual rates and amounts), full 64-bit ones, wider ones, and edges.</summary>
    private static readonly Gen<decimal> Values = Gen.Frequency(
        (4, (IGen<decimal>)Gen.Long[0, 100_000_000_000L].Select(Gen.Byte[0, 6], (n, scale) => new decimal((int)(n & 0xFFFFFFFF), (int)(n >> 32), 0, false, scale))),
        (3, Gen.ULong.Select(Gen.Byte[0, 28], (n, scale) => new decimal((int)(uint)n, (int)(uint)(n >> 32), 0, false, scale))),
        (1, Gen.ULong.Select(Gen.UInt, Gen.Bool, Gen.Byte[0, 28], (n, high, negative, scale) => new decimal((int)(uint)n, (int)(uint)(n >> 32), (int)high, negative, scale))),
        (1, Gen.Int[0, Edges.Length - 1].Select(i => Edges[i])));

    [Fact]
    public void Multiply_AnyOperands_EqualsDecimalMultiplicationWithItsScale()
    {
        Gen.Select(Values, Values).Sample(
            (a, b) =>
            {
                decimal expected;
                try
                {
                    expected = a * b;
                }
                catch (OverflowException)
                {
                    return;
                }

                var product = ScaledDecimal.Multiply(a, b);

                Bits(product).Should().Equal(Bits(expected), "{0} × {1} = {2}", a, b, expected);
            },
            iter: 100_000);
    }

    [Fact]
    public void CompareAndLessOrEqual_AnyOperands_EqualDecimalComparison()
    {
        Gen.Select(Values, Values).Sample(
            (a, b) =>
            {
                ScaledDecimal.Compare(a, b).Should().Be(decimal.Compare(a, b), "{0} against {1}", a, b);
                ScaledDecimal.LessOrEqual(a, b).Should().Be(a <= b, "{0} <= {1}", a, b);
                ScaledDecimal.Compare(a, a).Should().Be(0);
            },
            iter: 100_000);
    }

    [Fact]
    public void Compare_SameValueAtScalesFarApart_IsEqual()
    {
        ScaledDecimal.Compare(5m, 5.0000000000000000000000000000m).Should().Be(0);
        ScaledDecimal.Compare(5.0000000000000000000m, 5m).Should().Be(0);
        ScaledDecimal.Compare(18_446_744_073_709_551_615m, 1.8446744073709551615m).Should().Be(1);
        ScaledDecimal.Compare(0.00m, new decimal(0, 0, 0, true, 0)).Should().Be(0);
        ScaledDecimal.Compare(new decimal(0, 0, 0, true, 2), 0m).Should().Be(0);
    }

    [Fact]
    public void IsPositive_AnyAmount_EqualsComparisonWithZero()
    {
        Values.Sample(amount => ScaledDecimal.IsPositive(amount).Should().Be(amount > 0m, "{0}", amount), iter: 20_000);
        ScaledDecimal.IsPositive(new decimal(0, 0, 0, true, 0)).Should().BeFalse();
        ScaledDecimal.IsPositive(new decimal(0, 0, 0, true, 2)).Should().BeFalse();
        ScaledDecimal.IsPositive(0.00m).Should().BeFalse();
    }

    [Fact]
    public void ToFen_AnyAmount_EqualsAddingZeroFen()
    {
        Values.Sample(
            amount =>
            {
                decimal expected;
                try
                {
                    expected = amount + 0.00m;
                }
                catch (OverflowException)
                {
                    return;
                }

                Bits(ScaledDecimal.ToFen(amount)).Should().Equal(Bits(expected), "{0} + 0.00", amount);
            },
            iter: 50_000);
    }

    [Fact]
    public void ToFen_AmountsOfAtMostTwoPlaces_EqualRoundingDownToTheFen()
    {
        Values.Where(amount => amount >= 0m && amount.Scale <= 2 && amount <= decimal.MaxValue / 100m).Sample(
            amount => Bits(ScaledDecimal.ToFen(amount)).Should().Equal(Bits(MeasureRule.RoundDown(amount, 0.01m)), "{0}", amount),
            iter: 20_000);
    }

    [Fact]
    public void FloorToFen_AnyAmount_EqualsRoundingDownToTheFen()
    {
        Values.Sample(
            amount =>
            {
                decimal expected;
                try
                {
                    expected = MeasureRule.RoundDown(amount, 0.01m);
                }
                catch (OverflowException)
                {
                    return;
                }

                Bits(ScaledDecimal.FloorToFen(amount)).Should().Equal(Bits(expected), "{0} rounded down to the fen", amount);
            },
            iter: 100_000);
    }

    /// <summary>The four words of a decimal: its mantissa, scale and sign exactly.</summary>
    private static int[] Bits(decimal value) => decimal.GetBits(value);
}
