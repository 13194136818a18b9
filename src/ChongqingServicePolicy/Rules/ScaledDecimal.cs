using System.Runtime.CompilerServices;
using ChongqingServicePolicy.Internal;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// The decimal operations a decision makes most (a rate times an amount, comparisons of amounts of different scales,
/// an amount brought to two places), done on the 64-bit mantissas where that is provably exact: both operands not
/// negative, with mantissas below 2^64, and a result that fits. Every result is the one decimal arithmetic gives, value
/// and scale (the trace records scales); any other operand takes decimal arithmetic. A property test compares both.
/// </summary>
internal static class ScaledDecimal
{
    // Flags hold the scale in bits 16-23 and the sign in bit 31; every other bit is zero.
    private const int SignBit = int.MinValue;

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
        if (((x.Flags | y.Flags) & SignBit) == 0 && (x.High32 | y.High32) == 0)
        {
            var high = Math.BigMul(x.Low64, y.Low64, out var low);
            var scale = (x.Flags >> 16) + (y.Flags >> 16);
            // A zero product is left to decimal multiplication, which gives it scale 0 when either mantissa needs more
            // than 32 bits, and the sum of the scales otherwise. Scale 29 is the first a decimal cannot hold.
            if (high == 0 && low != 0 && scale < 29)
            {
                return new DecimalParts(scale << 16, 0, low).ToDecimal();
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
        if (((x.Flags | y.Flags) & SignBit) == 0 && (x.High32 | y.High32) == 0)
        {
            // Both are mantissa / 10^scale with mantissas below 2^64: the one of lower scale is brought to the other's,
            // in 128 bits, which holds any mantissa times 10^19; larger differences of scale take the general path.
            var difference = (x.Flags >> 16) - (y.Flags >> 16);
            if (difference == 0)
            {
                return x.Low64.CompareTo(y.Low64);
            }

            // A difference of -19 to 19 (10^20 is the first power beyond the table).
            if ((uint)(difference + 19) < 39)
            {
                if (difference < 0)
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
        if (x.Flags == 2 << 16)
        {
            return amount;
        }

        // Not negative and of at most two places: flags below those of scale 3 (0x30000), the first scale that rounds.
        if ((uint)x.Flags < 0x30000 && x.High32 == 0)
        {
            var high = Math.BigMul(x.Low64, Pow10[2 - (x.Flags >> 16)], out var low);
            if (high == 0)
            {
                return new DecimalParts(2 << 16, 0, low).ToDecimal();
            }
        }

        return amount + 0.00m;
    }
}
