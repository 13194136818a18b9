using ChongqingServicePolicy.Rules;

namespace ChongqingServicePolicy.Tests.Rules;

/// <summary>
/// The 64-bit shortcuts of <see cref="ScaledDecimal"/> at the first values they would get wrong, each result compared
/// with decimal arithmetic's bit for bit (value, scale and sign) and with the value the policy's arithmetic expects:
/// a product at scale 28 and at 29 (the first a decimal cannot hold), operands of either sign (two negative operands
/// multiply as positives, a negative operand is never compared as a mantissa), scale differences of 19 and 20 (the last
/// power of ten in the table and the first beyond it), amounts of three places or negative brought to two places, and
/// amounts rounded down to the fen at 3, 21 and 22 places and beyond 64 bits.
/// </summary>
/// <remarks>
/// The property tests of <c>Contracts/ScaledDecimalTests</c> draw such operands only now and then; these name them.
/// </remarks>
public sealed class ScaledDecimalBoundTests
{
    private static readonly decimal NegativeZero = new(0, 0, 0, true, 0);
    private static readonly decimal NegativeZeroFen = new(0, 0, 0, true, 2);

    /// <summary>Operands, and the product decimal multiplication gives (value and scale).</summary>
    public static TheoryData<decimal, decimal, decimal> Products => new()
    {
        // Scale 28, the last a decimal holds: kept exactly.
        { 0.000000000000000000000000001m, 0.1m, 0.0000000000000000000000000001m },
        { -0.000000000000000000000000001m, -0.1m, 0.0000000000000000000000000001m },
        // Scale 29: rounded to 28 places, half to even (1 × 10^-29 to 0, 1.5 × 10^-28 to 2 × 10^-28).
        { 0.0000000000000000000000000001m, 0.1m, 0.0000000000000000000000000000m },
        { 0.0000000000000000000000000003m, 0.5m, 0.0000000000000000000000000002m },
        { -0.0000000000000000000000000003m, -0.5m, 0.0000000000000000000000000002m },
        { -0.0000000000000000000000000003m, 0.5m, -0.0000000000000000000000000002m },
        // Beyond scale 29: the scales sum to 30 and to 56 (the most two decimals hold), and nothing is left at 28 places;
        // decimal multiplication gives the first zero scale 28 and the second scale 0.
        { 0.0000000000000000000000000001m, 0.01m, 0.0000000000000000000000000000m },
        { 0.0000000000000000000000000005m, 0.0000000000000000000000000005m, 0m },
        // Signs: two negative operands give a positive product, one gives a negative product.
        { -0.5m, -0.25m, 0.125m },
        { -0.5m, 0.25m, -0.125m },
        { 0.5m, -0.25m, -0.125m },
        { -3m, -1_000_000.00m, 3_000_000.00m },
        // The product's scale is the sum of the scales, whichever operand holds more places.
        { 0.001m, 0.1m, 0.0001m },
        { 0.1m, 0.001m, 0.0001m },
        { 0.30m, 12_345_678.9m, 3_703_703.670m },
        { 12_345_678.9m, 0.30m, 3_703_703.670m },
    };

    /// <summary>Two decimals and the sign of their difference.</summary>
    public static TheoryData<decimal, decimal, int> Comparisons => new()
    {
        // Both negative: a mantissa comparison would order them the wrong way round.
        { -1m, -2m, 1 },
        { -2m, -1m, -1 },
        { -1m, -0.01m, -1 },
        { -0.01m, -1m, 1 },
        { -1.00m, -1m, 0 },
        { -5_000_000.01m, -5_000_000.1m, 1 },
        // One negative.
        { -1m, 1m, -1 },
        { 1m, -1m, 1 },
        { -0.01m, 0.00m, -1 },
        { 0.00m, -0.01m, 1 },
        // Zeros with and without the sign bit are equal.
        { NegativeZero, 0.00m, 0 },
        { NegativeZeroFen, NegativeZero, 0 },
        // Scale differences of 19 (10^19, the table's last power) and 20 (beyond it).
        { 0.0000000000000000001m, 1m, -1 },
        { 1m, 0.0000000000000000001m, 1 },
        { 0.0000000000000000001m, 0m, 1 },
        { 1m, 1.0000000000000000000m, 0 },
        { 0.00000000000000000001m, 1m, -1 },
        { 1m, 0.00000000000000000001m, 1 },
        { 0.00000000000000000001m, 0m, 1 },
        { 0.00000000000000000010m, 0.0000000000000000001m, 0 },
        // Equal scales.
        { 5_000_000.01m, 5_000_000.02m, -1 },
        { 5_000_000.02m, 5_000_000.01m, 1 },
        { 5_000_000.01m, 5_000_000.01m, 0 },
    };

    /// <summary>An amount and the same at two places, as adding 0.00 gives it.</summary>
    public static TheoryData<decimal, decimal> Fen => new()
    {
        // Negative amounts of at most two places: brought to two places by decimal addition.
        { -1m, -1.00m },
        { -0.5m, -0.50m },
        { -0.01m, -0.01m },
        { -5_000_000m, -5_000_000.00m },
        // Three places, the first scale that rounds: kept as they are.
        { 0.001m, 0.001m },
        { 1_234_567.891m, 1_234_567.891m },
        { 5_000_000.000m, 5_000_000.000m },
        // At most two places, not negative.
        { 0m, 0.00m },
        { 0.5m, 0.50m },
        { 5_000_000m, 5_000_000.00m },
        { 3_333_333.34m, 3_333_333.34m },
    };

    [Theory]
    [MemberData(nameof(Products))]
    public void Multiply_AtTheBoundsOfTheShortcut_AsDecimalMultiplication(decimal a, decimal b, decimal expected)
    {
        var product = ScaledDecimal.Multiply(a, b);

        Bits(product).Should().Equal(Bits(a * b), "{0} × {1}", a, b);
        Bits(product).Should().Equal(Bits(expected), "{0} × {1}", a, b);
    }

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Compare_AnySignAndScaleDifference_AsDecimalComparison(decimal a, decimal b, int expected)
    {
        decimal.Compare(a, b).Should().Be(expected, "the case is stated as decimal comparison has it");

        ScaledDecimal.Compare(a, b).Should().Be(expected, "{0} against {1}", a, b);
        ScaledDecimal.LessOrEqual(a, b).Should().Be(expected <= 0, "{0} <= {1}", a, b);
    }

    [Theory]
    [MemberData(nameof(Fen))]
    public void ToFen_NegativeOrOfThreePlaces_AsAddingZeroFen(decimal amount, decimal expected)
    {
        var fen = ScaledDecimal.ToFen(amount);

        Bits(fen).Should().Equal(Bits(amount + 0.00m), "{0} + 0.00", amount);
        Bits(fen).Should().Equal(Bits(expected), "{0} + 0.00", amount);
    }

    [Fact]
    public void ToFen_ZeroWithTheSignBit_KeptAsAddingZeroFenGivesIt()
    {
        Bits(ScaledDecimal.ToFen(NegativeZero)).Should().Equal(Bits(NegativeZero + 0.00m));
        Bits(ScaledDecimal.ToFen(NegativeZeroFen)).Should().Equal(Bits(NegativeZeroFen + 0.00m));
        ScaledDecimal.ToFen(NegativeZero).Scale.Should().Be(2);
    }

    /// <summary>An amount and the same rounded down to the fen, as rule X4 gives it.</summary>
    public static TheoryData<decimal, decimal> FenFloors => new()
    {
        // Three places, the first scale that rounds: the third place is dropped, never rounded up.
        { 0.001m, 0.00m },
        { 0.009m, 0.00m },
        { 1_234_567.899m, 1_234_567.89m },
        { 5_000_000.000m, 5_000_000.00m },
        { 0.000m, 0.00m },
        // 64-bit mantissas at 3 places, and at 21 and 22 places: 10^19, the divisor at 21, is the table's last power of ten.
        { 18_446_744_073_709_551.615m, 18_446_744_073_709_551.61m },
        { 0.000000000000000000001m, 0.00m },
        { 18.446744073709551615000m, 18.44m },
        { 0.0000000000000000000001m, 0.00m },
        { 1.8446744073709551615000m, 1.84m },
        // A mantissa of 2^64 or more, at 3 places: decimal rounding.
        { 18_446_744_073_709_551.616m, 18_446_744_073_709_551.61m },
        { 79_228_162_514_264_337_593_543_950.335m, 79_228_162_514_264_337_593_543_950.33m },
        // Negative amounts: toward negative infinity, by decimal rounding.
        { -0.001m, -0.01m },
        { -1_234_567.891m, -1_234_567.90m },
        // At most two places: the amount itself at two places.
        { 0m, 0.00m },
        { 0.5m, 0.50m },
        { 5_000_000m, 5_000_000.00m },
        { -0.5m, -0.50m },
    };

    [Theory]
    [MemberData(nameof(FenFloors))]
    public void FloorToFen_AtTheBoundsOfTheShortcut_AsRoundingDown(decimal amount, decimal expected)
    {
        var fen = ScaledDecimal.FloorToFen(amount);

        Bits(fen).Should().Equal(Bits(MeasureRule.RoundDown(amount, 0.01m)), "{0} rounded down to the fen", amount);
        Bits(fen).Should().Equal(Bits(expected), "{0} rounded down to the fen", amount);
    }

    [Fact]
    public void FloorToFen_ZeroWithTheSignBit_AsRoundingDown()
    {
        var negativeZeroMil = new decimal(0, 0, 0, true, 3);

        Bits(ScaledDecimal.FloorToFen(negativeZeroMil)).Should().Equal(Bits(MeasureRule.RoundDown(negativeZeroMil, 0.01m)));
        Bits(ScaledDecimal.FloorToFen(NegativeZero)).Should().Equal(Bits(MeasureRule.RoundDown(NegativeZero, 0.01m)));
        ScaledDecimal.FloorToFen(negativeZeroMil).Scale.Should().Be(2);
    }

    /// <summary>The four words of a decimal: its mantissa, scale and sign exactly.</summary>
    private static int[] Bits(decimal value) => decimal.GetBits(value);
}
