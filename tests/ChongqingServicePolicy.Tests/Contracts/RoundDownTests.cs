using ChongqingServicePolicy.Rules;
using FluentAssertions;

namespace ChongqingServicePolicy.Tests.Contracts;

/// <summary>Rule X4's shortcuts give the general form's result bit for bit: the same value and two decimal places.</summary>
public sealed class RoundDownTests
{
    public static TheoryData<decimal> Amounts => new()
    {
        0m, 0.00m, 0.0000m, new decimal(0, 0, 0, true, 2), 1m, 1.5m, 3_000_000.00m, 3_000_000.0000m, 1_234_567.891m,
        1_234_567.899999m, 0.009m, 0.01m, 0.019m, 5_000_000m, 7_952_631.2345m, 79_228_162_514_264_337_593_543_950.335m,
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void RoundDown_ToFen_MatchesRoundTowardNegativeInfinityWithTwoPlaces(decimal amount)
    {
        var expected = decimal.Round(amount, 2, MidpointRounding.ToNegativeInfinity) + 0.00m;

        var rounded = MeasureRule.RoundDown(amount, 0.01m);

        decimal.GetBits(rounded).Should().Equal(decimal.GetBits(expected));
        rounded.Scale.Should().Be(2);
    }
}
