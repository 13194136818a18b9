using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChongqingServicePolicy.Decisions;

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

    // The amount's digits at 0, 1 and 2 decimal places, where it has no more places and they fit a long; else None.
    private readonly ulong _scale0;
    private readonly ulong _scale1;
    private readonly ulong _scale2;

    /// <summary>The amount as a trace value in yuan, or an empty slot when there is none.</summary>
    internal readonly TraceValue Value;

    /// <summary>Keeps an amount, not negative, or none.</summary>
    internal FenAmount(decimal? amount)
    {
        _scale0 = _scale1 = _scale2 = None;
        if (amount is not { } a || a < 0m)
        {
            Value = default;
            return;
        }

        // A whole number of yuan is kept without decimals, as amounts in files usually are.
        a = a == decimal.Truncate(a) ? decimal.Truncate(a) : a;
        Value = TraceValue.Yuan(a);
        _scale0 = Digits(a, 1m);
        _scale1 = Digits(a, 10m);
        _scale2 = Digits(a, 100m);
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
        ref var parts = ref Unsafe.As<decimal, Parts>(ref amount);
        var scale = (parts.Flags >> 16) & 0xFF;
        if (parts.Flags >= 0 && parts.High32 == 0 && scale <= 2)
        {
            var digits = scale switch { 0 => _scale0, 1 => _scale1, _ => _scale2 };
            if (digits != None)
            {
                return digits.CompareTo(parts.Low64);
            }
        }

        return Value.Number.CompareTo(amount);
    }

    /// <summary>The amount less <paramref name="amount"/>, exactly, as decimal subtraction gives it (scale included).</summary>
    /// <param name="amount">The amount to measure from.</param>
    /// <param name="sign">The sign of the result: 1 when the boundary lies above the amount, 0 on it, −1 below it.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal decimal DistanceFrom(decimal amount, out int sign)
    {
        ref var parts = ref Unsafe.As<decimal, Parts>(ref amount);
        var scale = (parts.Flags >> 16) & 0xFF;
        if (parts.Flags >= 0 && parts.High32 == 0 && scale <= 2 && parts.Low64 <= long.MaxValue)
        {
            var digits = scale switch { 0 => _scale0, 1 => _scale1, _ => _scale2 };
            if (digits != None)
            {
                // Both sides are below 2^63, so the difference fits a long and its magnitude a ulong.
                var difference = (long)digits - (long)parts.Low64;
                sign = Math.Sign(difference);
                var magnitude = difference < 0 ? (ulong)-difference : (ulong)difference;
                return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, difference < 0, (byte)scale);
            }
        }

        var result = Value.Number - amount;
        sign = decimal.Sign(result);
        return result;
    }

    /// <summary>The digits of <paramref name="amount"/> × <paramref name="factor"/> when that is a whole number below 2^63.</summary>
    private static ulong Digits(decimal amount, decimal factor)
    {
        if (amount > long.MaxValue / factor)
        {
            return None;
        }

        var scaled = amount * factor;
        return scaled == decimal.Truncate(scaled) ? (ulong)scaled : None;
    }

    /// <summary>The parts of a decimal in the order it holds them: flags (scale in bits 16-23, sign in bit 31), the high 32 bits, the low 64 bits.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct Parts
    {
        internal readonly int Flags;
        internal readonly uint High32;
        internal readonly ulong Low64;
    }
}
