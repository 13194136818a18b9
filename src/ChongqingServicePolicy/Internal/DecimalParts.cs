using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChongqingServicePolicy.Internal;

/// <summary>
/// The parts of a decimal in the order it holds them, as the OLE DECIMAL it marshals to: flags (the scale in bits
/// 16-23, the sign in bit 31, every other bit zero), the high 32 bits of the 96-bit mantissa, then its low 64 bits.
/// Read by a bit cast rather than a reinterpreted reference, so that a value can stay in registers; the tests of the
/// trace steps, amounts and scaled arithmetic check that every value reads back exactly.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct DecimalParts
{
    /// <summary>The flags: the scale in bits 16-23 and the sign in bit 31.</summary>
    internal readonly int Flags;

    /// <summary>The high 32 bits of the mantissa.</summary>
    internal readonly uint High32;

    /// <summary>The low 64 bits of the mantissa.</summary>
    internal readonly ulong Low64;

    /// <summary>Parts of a decimal, to be made one with <see cref="ToDecimal"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal DecimalParts(int flags, uint high32, ulong low64)
    {
        Flags = flags;
        High32 = high32;
        Low64 = low64;
    }

    /// <summary>The scale: the number of decimal places, 0 to 28.</summary>
    internal int Scale => (Flags >> 16) & 0xFF;

    /// <summary>The parts of <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static DecimalParts Of(decimal value) => Unsafe.BitCast<decimal, DecimalParts>(value);

    /// <summary>The decimal these parts make.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal decimal ToDecimal() => Unsafe.BitCast<DecimalParts, decimal>(this);
}
