using ChongqingServicePolicy.Rules;

namespace ChongqingServicePolicy.Tests.Rules;

/// <summary>
/// A boundary's digits at 0, 1 and 2 places, at the first value each would get wrong: a boundary of one place more than
/// the digits hold (0.5 has no digits at 0 places, 5,000,000.25 none at one, 5,000,000.125 none at two), measured from
/// amounts of every scale the shortcut takes; and amounts below zero, which the shortcut must leave to decimal
/// subtraction whatever their scale. Each distance is decimal subtraction's, value, scale and sign.
/// </summary>
/// <remarks>
/// A boundary's digits from 2^63 up are pinned by <c>Measures/FenAmountEdgeTests</c>.
/// </remarks>
public sealed class FenAmountDigitsTests
{
    /// <summary>Amounts at 0, 1 and 2 places, around each boundary below.</summary>
    private static readonly decimal[] Amounts =
    [
        0m, 0.0m, 0.00m, 1m, 0.1m, 0.01m, 0.5m, 0.50m, 5_000_000m, 5_000_000.1m, 5_000_000.2m, 5_000_000.3m, 5_000_000.12m,
        5_000_000.13m, 5_000_000.25m, 5_000_001m,
    ];

    /// <summary>A boundary of one place more than the digits of a scale, and its distance from that scale's amounts.</summary>
    public static TheoryData<decimal, decimal, decimal> OnePlaceMore => new()
    {
        // No digits at 0 places: 0.5 less 0 is 0.5, not the 0 of its truncated digits.
        { 0.5m, 0m, 0.5m },
        { 0.5m, 1m, -0.5m },
        // No digits at one place: 5,000,000.25 less 5,000,000.2 is 0.05.
        { 5_000_000.25m, 5_000_000.2m, 0.05m },
        { 5_000_000.25m, 5_000_000.3m, -0.05m },
        // No digits at two places: 5,000,000.125 less 5,000,000.12 is 0.005.
        { 5_000_000.125m, 5_000_000.12m, 0.005m },
        { 5_000_000.125m, 5_000_000.13m, -0.005m },
    };

    [Theory]
    [MemberData(nameof(OnePlaceMore))]
    public void DistanceFrom_BoundaryOfOnePlaceMoreThanTheAmount_TheExactDifference(decimal boundary, decimal amount, decimal expected)
    {
        var reach = new FenAmount(boundary);

        var distance = reach.DistanceFrom(amount, out var sign);

        decimal.GetBits(distance).Should().Equal(decimal.GetBits(expected), "{0} − {1}", boundary, amount);
        sign.Should().Be(decimal.Sign(expected));
        reach.CompareTo(amount).Should().Be(decimal.Sign(expected));
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("5000000.25")]
    [InlineData("5000000.125")]
    [InlineData("5000000")]
    [InlineData("5000000.1")]
    [InlineData("5000000.12")]
    public void DistanceFrom_AmountsOfEveryScale_AsDecimalSubtraction(string boundaryText)
    {
        var boundary = decimal.Parse(boundaryText, System.Globalization.CultureInfo.InvariantCulture);
        var reach = new FenAmount(boundary);

        foreach (var amount in Amounts)
        {
            var expected = boundary - amount;
            var distance = reach.DistanceFrom(amount, out var sign);

            decimal.GetBits(distance).Should().Equal(decimal.GetBits(expected == 0m ? Math.Abs(expected) : expected), "{0} − {1}", boundary, amount);
            sign.Should().Be(decimal.Sign(expected));
            reach.CompareTo(amount).Should().Be(decimal.Sign(expected), "{0} against {1}", boundary, amount);
        }
    }

    [Theory]
    [InlineData("-1", "5000001")]
    [InlineData("-0.1", "5000000.1")]
    [InlineData("-0.01", "5000000.01")]
    [InlineData("-5000000.00", "10000000.00")]
    public void DistanceFrom_NegativeAmount_TheBoundaryPlusItsMagnitude(string amountText, string expectedText)
    {
        var amount = decimal.Parse(amountText, System.Globalization.CultureInfo.InvariantCulture);
        var expected = decimal.Parse(expectedText, System.Globalization.CultureInfo.InvariantCulture);
        var reach = new FenAmount(5_000_000m);

        var distance = reach.DistanceFrom(amount, out var sign);

        decimal.GetBits(distance).Should().Equal(decimal.GetBits(expected), "5,000,000 − ({0})", amount);
        sign.Should().Be(1);
        reach.CompareTo(amount).Should().Be(1);
    }

    [Fact]
    public void DistanceFrom_ZeroWithTheSignBit_TheBoundaryItself()
    {
        var reach = new FenAmount(5_000_000m);
        var negativeZero = new decimal(0, 0, 0, true, 2);

        var distance = reach.DistanceFrom(negativeZero, out var sign);

        decimal.GetBits(distance).Should().Equal(decimal.GetBits(5_000_000.00m));
        sign.Should().Be(1);
        reach.CompareTo(negativeZero).Should().Be(1);
        new FenAmount(0m).CompareTo(negativeZero).Should().Be(0);
    }
}
