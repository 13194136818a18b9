using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Rules;
using CsCheck;

namespace ChongqingServicePolicy.Tests.Contracts;

/// <summary>
/// A boundary's distance from an amount, measured with 64-bit integers for whole yuan, jiao and fen, is exactly what
/// decimal subtraction gives, scale and sign included (but never −0); so is its comparison.
/// </summary>
public sealed class FenAmountTests
{
    private static readonly decimal[] Boundaries = [0m, 0.01m, 5_000_000.01m, 25_000_000m, 50_000_000.00m, 3_333_333.34m, 3_333_333.4m, 14_285_714.29m, 92_233_720_368_547_758.07m, 1e20m];

    /// <summary>Amounts of every scale, sign and size the fast path must take or leave.</summary>
    private static readonly Gen<decimal> Amounts = Gen.Frequency(
        (4, (IGen<decimal>)Gen.Long[0, long.MaxValue].Select(Gen.Int[0, 4], (n, scale) => new decimal(n) / Pow10(scale))),
        (2, Gen.Long[0, 10_000_000_000L].Select(Gen.Int[0, 2], (n, scale) => new decimal(n) / Pow10(scale))),
        (1, Gen.Long[long.MinValue, 0].Select(n => new decimal(n) / 100m)),
        (1, Gen.OneOf(0m, new decimal(0, 0, 0, true, 0), new decimal(0, 0, 0, true, 2), 0.00m, 50_000_000m, 49_999_999.99m, 50_000_000.00m, 50_000_000.001m, decimal.MaxValue, 79_228_162_514_264_337_593_543_950.335m)));

    [Fact]
    public void DistanceFrom_AnyAmount_EqualsDecimalSubtractionWithItsScale()
    {
        Gen.Select(Gen.Int[0, Boundaries.Length - 1], Amounts).Sample(
            (index, amount) =>
            {
                var boundary = new FenAmount(Boundaries[index]);
                decimal expected;
                try
                {
                    expected = boundary.Value.Number - amount;
                }
                catch (OverflowException)
                {
                    return;
                }

                var distance = boundary.DistanceFrom(amount, out var sign);

                distance.Should().Be(expected);
                distance.Scale.Should().Be(expected.Scale, "{0} − {1}", boundary.Value.Number, amount);
                decimal.IsNegative(distance).Should().Be(expected < 0m, "only a distance below zero is negative (decimal subtraction can give −0)");
                sign.Should().Be(decimal.Sign(expected));
                boundary.CompareTo(amount).Should().Be(boundary.Value.Number.CompareTo(amount));
            },
            iter: 100_000);
    }

    [Fact]
    public void New_WholeYuan_KeptWithoutDecimals()
    {
        new FenAmount(50_000_000.00m).Value.Should().Be(TraceValue.Yuan(50_000_000m));
        new FenAmount(50_000_000.00m).Value.Number.Scale.Should().Be(0);
        new FenAmount(5_000_000.01m).Value.Number.Scale.Should().Be(2);
        new FenAmount(null).HasValue.Should().BeFalse();
    }

    private static decimal Pow10(int scale) => scale switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, _ => 10000m };
}
