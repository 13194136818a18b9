using System.Runtime.CompilerServices;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Internal;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// A boundary amount a rule names, made once from the parameters, that measures its distance from an amount without
/// decimal arithmetic in the usual case: it keeps its digits at one, two and no decimal places, so that an amount of
/// whole yuan, jiao or fen (as files give them) is subtracted as a 64-bit integer of the same scale. Any other amount
/// takes decimal subtraction, with the same result.
/// </summary>
internal readonly struct FenAmount
{
    private const ulong None = ulong.MaxValue;

    // 2^63: digits below it fit a long, so that two of them are subtracted without overflow.
    private const decimal TwoTo63 = 9_223_372_036_854_775_808m;

    // The amount's digits at 0, 1 and 2 decimal places, where it has no more places and they fit a long; else None.
    private readonly Digits3 _digits;

    /// <summary>The amount as a trace value in yuan, or an empty slot when there is none.</summary>
    internal readonly TraceValue Value;

    /// <summary>Keeps an amount, not negative, or none.</summary>
    internal FenAmount(decimal? amount)
    {
        _digits[0] = _digits[1] = _digits[2] = None;
        if (amount is not { } a || a < 0m)
        {
            Value = default;
            return;
        }

        // A whole number of yuan is kept without decimals, as amounts in files usually are.
        a = a == decimal.Truncate(a) ? decimal.Truncate(a) : a;
        Value = TraceValue.Yuan(a);
        _digits[0] = Digits(a, 1m, 1);
        _digits[1] = Digits(a, 10m, 2);
        _digits[2] = Digits(a, 100m, 3);
    }

    /// <summary>Whether there is an amount.</summary>
    internal bool HasValue => Value.Unit != ValueUnit.None;

    /// <summary>
    /// The sign of the amount less <paramref name="amount"/> (1 when the boundary lies above the amount, 0 on it, −1
    /// below it), as <see cref="DistanceFrom"/> gives it, without making the difference.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int CompareTo(decimal amount)
    {
        // Flags hold the scale in bits 16-23 and the sign in bit 31 (every other bit is zero): scale 0-2 with no sign is
        // flags 0, 0x10000 or 0x20000, and a sign makes the flags shifted in zeros 0x8000 or more.
        var parts = DecimalParts.Of(amount);
        var scale = parts.Flags >>> 16;
        if (scale < 3 && parts.High32 == 0)
        {
            var digits = _digits[scale];
            if (digits != None)
            {
                return digits.CompareTo(parts.Low64);
            }
        }

        return Value.Number.CompareTo(amount);
    }

    /// <summary>
    /// The amount less <paramref name="amount"/>, exactly, as decimal subtraction gives it (scale included), except that
    /// a zero is never negative.
    /// </summary>
    /// <param name="amount">The amount to measure from.</param>
    /// <param name="sign">The sign of the result: 1 when the boundary lies above the amount, 0 on it, −1 below it.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal decimal DistanceFrom(decimal amount, out int sign)
    {
        // As in CompareTo: scale 0-2 with no sign, and a mantissa of at most 2^63 (below 2^63 + 1).
        var parts = DecimalParts.Of(amount);
        var scale = parts.Flags >>> 16;
        if (scale < 3 && parts.High32 == 0 && parts.Low64 < 0x8000_0000_0000_0001UL)
        {
            var digits = _digits[scale];
            if (digits != None)
            {
                // The digits are below 2^63 and the mantissa at most 2^63, so the difference lies from -2^63 to 2^63 - 1:
                // it fits a long (as the wrapped subtraction gives it), and its magnitude a ulong.
                var difference = (long)digits - (long)parts.Low64;
                sign = (int)(difference >> 63) | (int)(-difference >>> 63);
                var negative = difference < 0;
                return new DecimalParts(negative ? parts.Flags | int.MinValue : parts.Flags, 0, negative ? (ulong)-difference : (ulong)difference).ToDecimal();
            }
        }

        // Decimal subtraction of equal amounts gives a zero with the sign bit set; the distance is a plain zero.
        var slow = Value.Number - amount;
        sign = decimal.Sign(slow);
        return sign == 0 ? Math.Abs(slow) : slow;
    }

    /// <summary>
    /// The digits of <paramref name="amount"/> × <paramref name="factor"/> (10 to the power of a number of places) when
    /// the amount has no more places than that and they lie below 2^63; else <see cref="None"/>. An amount written with
    /// more places has none here even where they are zeros (5,000,000.10 at one place): a difference taken at fewer
    /// places than the amount's would lose the scale that decimal subtraction keeps.
    /// </summary>
    /// <param name="amount">The amount, not negative.</param>
    /// <param name="factor">1, 10 or 100: 10 to the power of the number of places.</param>
    /// <param name="placesOver">That number plus one, the first scale whose digits would lose places.</param>
    private static ulong Digits(decimal amount, decimal factor, int placesOver)
    {
        // Each bound is the first value that would give wrong digits: one place too many, and 2^63, which a long cannot hold.
        if (amount.Scale >= placesOver || amount >= TwoTo63 / factor)
        {
            return None;
        }

        return (ulong)(amount * factor);
    }

    /// <summary>Three digit counts, one per scale.</summary>
    [InlineArray(3)]
    private struct Digits3
    {
        private ulong _element0;
    }
}
