using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Internal;

namespace ChongqingServicePolicy.Decisions;

/// <summary>
/// One step of a decision's trace: what was done (<see cref="Code"/>), under which clause, to which fact of the
/// record, with the values compared or computed, whether the condition held, and whether the step's amount
/// is the binding ceiling. Text in either language is rendered from these by <see cref="DecisionText"/>.
/// </summary>
/// <remarks>
/// The values are stored packed, so a step costs 32 bytes in a trace array: three 64-bit words, one per value, and the
/// reference to the step's text. A word holds its value's decimal mantissa in its low 45 bits, the value's scale and
/// sign where a decimal's flags hold them shifted by 29 bits (scale in bits 45–49, sign in bit 60), the value's unit in
/// bits 50–53, and in its nine bits left (54–59 and 61–63) one of the step's code, clause and field and one of its two
/// flags. A value whose mantissa needs more than 45 bits (an amount above about 3.5 × 10^13 of its smallest unit: 351
/// billion yuan in fen), or whose unit is not one of <see cref="ValueUnit"/>'s named members, is kept whole in a small
/// object beside the step's text instead, so every value reads back exactly, scale and unit included.
/// </remarks>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public readonly struct TraceStep : IEquatable<TraceStep>
{
    // Layout of a word: the mantissa in bits 0-44; a decimal's flags shifted left by 29 (its scale, bits 16-20, in bits
    // 45-49, and its sign, bit 31, in bit 60; a decimal's other flag bits are zero); the unit in bits 50-53; a byte of the
    // step (code, clause or field) in bits 54-59 (its low six bits) and 61-62 (its high two); a flag in bit 63 (passed in
    // the left value's word, binding in the right's).
    private const int MantissaBits = 45;
    private const ulong MantissaMask = (1UL << MantissaBits) - 1;
    private const int FlagsShift = 29;
    private const ulong ScaleAndSignMask = (0x1FUL << 45) | (1UL << 60);
    private const int UnitShift = 50;
    private const ulong UnitMask = 0xF;
    private const ulong FlagBit = 1UL << 63;

    // The reference sits between the numbers so that copying a step (which the runtime does word by word around a
    // reference) never needs more than two plain words in a row.
    [FieldOffset(0)]
    private readonly ulong _left;
    [FieldOffset(8)]
    private readonly ulong _right;

    // Either the step's text (a string), or a Wide holding the three values whole and the text.
    [FieldOffset(16)]
    private readonly object? _extra;
    [FieldOffset(24)]
    private readonly ulong _result;

    /// <summary>Creates a step.</summary>
    /// <param name="code">What the step did.</param>
    /// <param name="clause">The clause it applied.</param>
    /// <param name="field">The fact of the record it examined, or <see cref="RecordField.Record"/>.</param>
    /// <param name="passed">Whether the condition held (for a check) or the value was produced (for a computation).</param>
    /// <param name="isBinding">Whether this step's amount is the binding ceiling.</param>
    /// <param name="left">The first value (the amount examined, or a rate).</param>
    /// <param name="right">The second value (the threshold, or the base).</param>
    /// <param name="result">The value computed, if any.</param>
    /// <param name="text">Free text the step carries, such as an approval reference.</param>
    public TraceStep(
        TraceCode code,
        PolicyClause clause,
        RecordField field,
        bool passed,
        bool isBinding,
        TraceValue left,
        TraceValue right = default,
        TraceValue result = default,
        string? text = null)
    {
        var packed = TryPackBits(code, clause, field, passed, isBinding, left, right, result, out var bits);
        if (packed)
        {
            _left = bits.Left;
            _right = bits.Right;
            _result = bits.Result;
            _extra = text;
        }
        else
        {
            // The words keep the step's code, clause, field and flags; the values are read from the object.
            _left = Byte((byte)code) | (passed ? FlagBit : 0);
            _right = Byte((byte)clause) | (isBinding ? FlagBit : 0);
            _result = Byte((byte)field);
            _extra = new Wide(left, right, result, text);
        }
    }

    /// <summary>What the step did.</summary>
    public TraceCode Code => (TraceCode)ByteOf(_left);

    /// <summary>The clause the step applied.</summary>
    public PolicyClause Clause => (PolicyClause)ByteOf(_right);

    /// <summary>The comparison or computation the step made between its values, which its code determines.</summary>
    public TraceComparison Comparison => Code switch
    {
        TraceCode.FlagRequired => TraceComparison.IsTrue,
        TraceCode.GradeRequired => TraceComparison.Equal,
        TraceCode.AmountPositive or TraceCode.ThresholdExceeded => TraceComparison.GreaterThan,
        TraceCode.ThresholdReached => TraceComparison.GreaterOrEqual,
        TraceCode.ValidityWindow => TraceComparison.Within,
        TraceCode.ShareOfBase => TraceComparison.Product,
        TraceCode.AbsoluteCap or TraceCode.MajorProjectCap => TraceComparison.Ceiling,
        TraceCode.TierAward or TraceCode.TierFromGrowth or TraceCode.FieldListed => TraceComparison.Lookup,
        TraceCode.Rounding => TraceComparison.RoundDown,
        TraceCode.OverrideApplied => TraceComparison.Replace,
        TraceCode.RankAward or TraceCode.TieAtBoundary => TraceComparison.AtMost,
        TraceCode.EligibleFrom or TraceCode.CapReachedFrom or TraceCode.NextTierFrom => TraceComparison.Distance,
        TraceCode.NextTier => TraceComparison.Lookup,
        _ => TraceComparison.None,
    };

    /// <summary>The fact of the record the step examined.</summary>
    public RecordField Field => (RecordField)ByteOf(_result);

    /// <summary>Whether the condition held, or the computation produced its value.</summary>
    public bool Passed => (long)_left < 0;

    /// <summary>Whether this step's amount is the ceiling that binds.</summary>
    public bool IsBinding => (long)_right < 0;

    /// <summary>The first value: the amount examined, or the rate.</summary>
    public TraceValue Left => _extra is Wide wide ? wide.Left : Unpack(_left);

    /// <summary>The second value: the threshold or the base.</summary>
    public TraceValue Right => _extra is Wide wide ? wide.Right : Unpack(_right);

    /// <summary>The value computed, if any.</summary>
    public TraceValue Result => _extra is Wide wide ? wide.Result : Unpack(_result);

    /// <summary>Free text the step carries, such as an approval reference.</summary>
    public string? Text => _extra is Wide wide ? wide.Text : (string?)_extra;

    /// <summary>Compares two steps value by value.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    public static bool operator ==(TraceStep left, TraceStep right) => left.Equals(right);

    /// <summary>Compares two steps value by value.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when any part differs.</returns>
    public static bool operator !=(TraceStep left, TraceStep right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(TraceStep other) =>
        Code == other.Code && Clause == other.Clause && Field == other.Field && Passed == other.Passed && IsBinding == other.IsBinding &&
        Left == other.Left && Right == other.Right && Result == other.Result &&
        string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TraceStep other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Clause, Field, (Passed ? 1 : 0) | (IsBinding ? 2 : 0), Left, Right, Result, Text);

    /// <summary>The step rendered in Chinese.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => DecisionText.Render(this, Language.Chinese);

    /// <summary>
    /// A value's word without the step's byte and flag, and whether it fits: a mantissa below 2^45 and a named unit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPack(TraceValue value, out ulong word)
    {
        var parts = DecimalParts.Of(value.Number);
        var unit = (ulong)value.Unit;
        word = parts.Low64 | ((ulong)(uint)parts.Flags << FlagsShift) | (unit << UnitShift);
        return ((parts.Low64 >> MantissaBits) | parts.High32 | (unit >> 4)) == 0;
    }

    /// <summary>A byte of the step (its code, clause or field) where a word keeps it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Byte(byte value) => (((ulong)value & 0x3F) << 54) | (((ulong)value >> 6) << 61);

    /// <summary>The byte a word keeps.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte ByteOf(ulong word) => (byte)(((word >> 54) & 0x3F) | ((word >> 55) & 0xC0));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TraceValue Unpack(ulong word)
    {
        var flags = (int)((word & ScaleAndSignMask) >> FlagsShift);
        var number = new DecimalParts(flags, 0, word & MantissaMask).ToDecimal();
        return new TraceValue(number, (ValueUnit)((word >> UnitShift) & UnitMask));
    }

    /// <summary>A step's plain words, without its object reference (for the trace builder's stack buffer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Bits ToBits(in TraceStep step) => new(step._left, step._right, step._result);

    /// <summary>
    /// A step without text as its plain words, made without a step on the stack (a step holds a reference, so every
    /// temporary step is cleared on entry to the method that makes it); <see langword="false"/> when a value does not
    /// fit the packed form, and the step must be made whole.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryPackBits(
        TraceCode code, PolicyClause clause, RecordField field, bool passed, bool isBinding, TraceValue left, TraceValue right, TraceValue result, out Bits bits)
    {
        var packed = TryPack(left, out var l) & TryPack(right, out var r) & TryPack(result, out var x);
        bits = new Bits(
            l | Byte((byte)code) | (passed ? FlagBit : 0),
            r | Byte((byte)clause) | (isBinding ? FlagBit : 0),
            x | Byte((byte)field));
        return packed;
    }

    /// <summary>
    /// A step's words with every part that does not depend on the record packed once, by a rule from its parameters:
    /// the code, clause and field, the constant values, and the units of the values a decision supplies. A decision then
    /// packs only its own values (<see cref="Fill"/>).
    /// </summary>
    internal readonly struct Template
    {
        private readonly ulong _left;
        private readonly ulong _right;
        private readonly ulong _result;

        /// <summary>Whether the constant values fit the packed form; when they do not, every step is made whole.</summary>
        internal readonly bool Packs;

        /// <summary>The step's code, clause and field, and its values: constant ones whole, the rest as units only.</summary>
        internal readonly TraceCode Code;
        internal readonly PolicyClause Clause;
        internal readonly RecordField Field;
        internal readonly TraceValue Left;
        internal readonly TraceValue Right;
        internal readonly TraceValue Result;

        /// <summary>Packs a template: a value a decision supplies is given as its unit alone (a zero of that unit).</summary>
        internal Template(TraceCode code, PolicyClause clause, RecordField field, TraceValue left, TraceValue right = default, TraceValue result = default)
        {
            Code = code;
            Clause = clause;
            Field = field;
            Left = left;
            Right = right;
            Result = result;
            Packs = TryPackBits(code, clause, field, false, false, left, right, result, out var bits);
            _left = bits.Left;
            _right = bits.Right;
            _result = bits.Result;
        }

        /// <summary>
        /// The step's words with a decision's values put in the slots it supplies (a zero decimal in a slot whose value
        /// is constant leaves it as it is); <see langword="false"/> when a value does not fit the packed form.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal bool Fill(bool passed, bool isBinding, decimal left, decimal right, decimal result, out Bits bits)
        {
            var l = DecimalParts.Of(left);
            var r = DecimalParts.Of(right);
            var x = DecimalParts.Of(result);
            bits = new Bits(
                _left | l.Low64 | ((ulong)(uint)l.Flags << FlagsShift) | (passed ? FlagBit : 0),
                _right | r.Low64 | ((ulong)(uint)r.Flags << FlagsShift) | (isBinding ? FlagBit : 0),
                _result | x.Low64 | ((ulong)(uint)x.Flags << FlagsShift));
            return Packs & ((((l.Low64 | r.Low64 | x.Low64) >> MantissaBits) | l.High32 | r.High32 | x.High32) == 0);
        }

        /// <summary>The step made whole, for values that do not fit the packed form.</summary>
        internal TraceStep Whole(bool passed, bool isBinding, decimal left, decimal right, decimal result) =>
            new(Code, Clause, Field, passed, isBinding, Value(Left, left), Value(Right, right), Value(Result, result));

        // A slot a decision supplies holds a zero of its unit in the template; a constant slot is given a zero decimal.
        private static TraceValue Value(TraceValue template, decimal supplied) =>
            template.Unit == ValueUnit.None || (supplied == 0m && !decimal.IsNegative(supplied) && supplied.Scale == 0) ? template : new TraceValue(supplied, template.Unit);
    }

    /// <summary>The object a step holds (its text, or its wide values), if any.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static object? ExtraOf(in TraceStep step) => step._extra;

    /// <summary>Stores the object of a step whose plain words were copied from <see cref="Bits"/>.</summary>
    internal static void SetExtra(ref TraceStep step, object extra) => Unsafe.AsRef(in step._extra) = extra;

    /// <summary>
    /// A step as its plain words: the same size and layout as <see cref="TraceStep"/>, with zero where the step holds
    /// its object reference, so that a buffer of these holds no reference and an array of steps may be filled from
    /// one by a block copy.
    /// </summary>
    [StructLayout(LayoutKind.Explicit, Size = 32)]
    internal readonly struct Bits
    {
        [FieldOffset(0)]
        private readonly ulong _left;
        [FieldOffset(8)]
        private readonly ulong _right;
        [FieldOffset(16)]
        private readonly ulong _none;
        [FieldOffset(24)]
        private readonly ulong _result;

        internal ulong Left => _left;

        internal ulong Right => _right;

        internal ulong Result => _result;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal Bits(ulong left, ulong right, ulong result)
        {
            _left = left;
            _right = right;
            _none = 0;
            _result = result;
        }
    }

    /// <summary>The values of a step that do not fit the packed form, kept whole, and its text.</summary>
    private sealed class Wide(TraceValue left, TraceValue right, TraceValue result, string? text)
    {
        internal TraceValue Left { get; } = left;

        internal TraceValue Right { get; } = right;

        internal TraceValue Result { get; } = result;

        internal string? Text { get; } = text;
    }
}
