using System.Runtime.CompilerServices;
using ChongqingServicePolicy.Internal;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// The decimal operations a decision makes most (a rate times an amount, comparisons of amounts of different scales,
/// an amount brought to two places), done on the 64-bit mantissas where that is provably exact: operands and result
/// not negative (a product of two negative operands too), with mantissas below 2^64, and a result that fits. Every
/// result is the one decimal arithmetic gives, value and scale (the trace records scales); any other operand takes
/// decimal arithmetic. A property test compares both.
/// </summary>
/// <remarks>A decimal's flags hold its scale in bits 16-23 and its sign in bit 31; every other bit is zero.</remarks>
internal static class ScaledDecimal
{
    /// <summary>10^0 to 10^19, every power of ten below 2^64.</summary>
    private static ReadOnlySpan<ulong> Pow10 =>
    [
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL, 1_000_000_000UL,
        10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL, 100_000_000_000_000UL,
        1_000_000_000_000_000UL, 10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
        10_000_000_000_000_000_000UL,
    ];

    /// <summary>
    /// <c>a × b</c> as decimal multiplication gives it. Decimal multiplication keeps the exact product, at the sum of the
    /// scales, whenever it is not zero, fits 96 bits and that scale is at most 28; the fast path takes such products below 2^64.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal Multiply(decimal a, decimal b)
    {
        var x = DecimalParts.Of(a);
        var y = DecimalParts.Of(b);
        if ((x.High32 | y.High32) == 0)
        {
            var high = Math.BigMul(x.Low64, y.Low64, out var low);
            // The sum of the flags is the product's: the scales add in bits 16-23 (at most 56, no carry beyond them), and
            // the signs in bit 31 as decimal multiplication sets the product's (two cancel out). Taken unsigned, flags below
            // 0x1D0000 are a product not negative at scale 28 or less; scale 29 is the first a decimal cannot hold, and a
            // negative product, its flags 2^31 or more, is left to decimal multiplication. So is a zero product, which
            // decimal multiplication gives scale 0 when either mantissa needs more than 32 bits, and the sum of the scales
            // otherwise.
            var flags = x.Flags + y.Flags;
            if (high == 0 && low != 0 && (uint)flags < 0x1D0000)
            {
                return new DecimalParts(flags, 0, low).ToDecimal();
            }
        }

        return a * b;
    }

    /// <summary><c>a &lt;= b</c>, as decimal comparison gives it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool LessOrEqual(decimal a, decimal b) => Compare(a, b) <= 0;

    /// <summary>Whether an amount is above zero, as <c>amount &gt; 0m</c> gives it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsPositive(decimal amount)
    {
        var x = DecimalParts.Of(amount);
        return x.Flags >= 0 && (x.Low64 | x.High32) != 0;
    }

    /// <summary>The sign of <c>a − b</c>, as <see cref="decimal.Compare(decimal, decimal)"/> gives it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Compare(decimal a, decimal b)
    {
        var x = DecimalParts.Of(a);
        var y = DecimalParts.Of(b);
        if ((x.High32 | y.High32) == 0)
        {
            // The difference of the scales, a's flags shifted arithmetically and b's logically: a sign (bit 31) makes a's
            // −32,768 plus its scale and b's 32,768 plus its scale, so that a negative operand puts the difference 32,740
            // or more from zero. Only two operands not negative, with mantissas below 2^64, reach the comparisons below.
            var difference = (x.Flags >> 16) - (y.Flags >>> 16);
            // Stryker disable once Block : a shortcut; without it a difference of 0 goes on to the comparison at equal scales (× 10^0), the same result
            if (difference == 0)
            {
                return x.Low64.CompareTo(y.Low64);
            }

            // The one of lower scale is brought to the other's, in 128 bits, which holds any mantissa times 10^19; a
            // difference of -19 to 19 (10^20 is the first power beyond the table), the others take the general path.
            if ((uint)(difference + 19) < 39)
            {
                if (int.IsNegative(difference))
                {
                    var high = Math.BigMul(x.Low64, Pow10[-difference], out var low);
                    return high != 0 ? 1 : low.CompareTo(y.Low64);
                }
                else
                {
                    var high = Math.BigMul(y.Low64, Pow10[difference], out var low);
                    return high != 0 ? -1 : x.Low64.CompareTo(low);
                }
            }
        }

        return decimal.Compare(a, b);
    }

    /// <summary>
    /// An amount at two decimal places, as <c>amount + 0.00m</c> gives it: one of two places is its own result, and
    /// decimal addition brings one of fewer places to two when the sum fits; any other amount takes that addition.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal ToFen(decimal amount)
    {
        var x = DecimalParts.Of(amount);
        // Stryker disable once Block : a shortcut; without it an amount of two places not negative is multiplied by 10^0 below or, wider than 64 bits, added to 0.00: either gives it unchanged
        if (x.Flags == 2 << 16)
        {
            return amount;
        }

        // The scale, with the sign shifted in as 0x8000: below 3, the first scale that rounds, only for an amount not
        // negative of at most two places.
        var scale = x.Flags >>> 16;
        if (scale < 3 && x.High32 == 0)
        {
            var high = Math.BigMul(x.Low64, Pow10[2 - scale], out var low);
            if (high == 0)
            {
                return new DecimalParts(2 << 16, 0, low).ToDecimal();
            }
        }

        return amount + 0.00m;
    }

    /// <summary>
    /// An amount rounded down to the fen, as <c>decimal.Round(amount, 2, MidpointRounding.ToNegativeInfinity) + 0.00m</c>
    /// gives it (rule X4's rounding to a unit of one fen, <see cref="MeasureRule.RoundDown"/>). An amount of at most two
    /// places is its own result at two places (<see cref="ToFen"/>); one of 3 to 21 places, not negative, with a mantissa
    /// below 2^64, drops its places past the second by a division of the mantissa (10^19, the divisor at 21 places, is the
    /// last power of ten below 2^64); any other amount is left to <see cref="MeasureRule.RoundDown"/> itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal FloorToFen(decimal amount)
    {
        var x = DecimalParts.Of(amount);
        // The scale, with the sign shifted in as 0x8000, so that a negative amount is outside both ranges.
        var scale = x.Flags >>> 16;
        if (scale < 3)
        {
            return ToFen(amount);
        }

        if (scale <= 21 && x.High32 == 0)
        {
            return new DecimalParts(2 << 16, 0, x.Low64 / Pow10[scale - 2]).ToDecimal();
        }

        return MeasureRule.RoundDown(amount, 0.01m);
    }
}
