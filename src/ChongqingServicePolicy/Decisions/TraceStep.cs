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
/// The values are stored packed, so a step costs 40 bytes in a trace array: each value as the low 64 bits of its
/// decimal mantissa, and one 32-bit word holding the three scales and signs, the three units and the two flags. A
/// value whose mantissa needs more than 64 bits (an amount above about 1.8 × 10^19 of its smallest unit, which no
/// policy amount reaches), or whose unit is not one of <see cref="ValueUnit"/>'s named members, is kept whole in a
/// small object beside the step's text instead, so every value reads back exactly, scale and unit included.
/// </remarks>
[StructLayout(LayoutKind.Explicit)]
public readonly struct TraceStep : IEquatable<TraceStep>
{
    // Layout of _meta: three 6-bit fields (scale in the low five bits, sign in the sixth) for left, right and result,
    // then three 4-bit units in the same order, then the passed and binding flags.
    private const int ScaleBits = 6;
    private const uint ScaleMask = (1u << ScaleBits) - 1;
    private const uint NegativeBit = 1u << 5;
    private const int UnitShift = 3 * ScaleBits;
    private const int UnitBits = 4;
    private const uint UnitMask = (1u << UnitBits) - 1;
    private const uint PassedFlag = 1u << 30;
    private const uint BindingFlag = 1u << 31;

    // The reference sits between the numbers so that copying a step (which the runtime does word by word around a
    // reference) never needs more than two plain words in a row; longer runs are copied with a slower instruction.
    [FieldOffset(0)]
    private readonly ulong _left;
    [FieldOffset(8)]
    private readonly ulong _right;

    // Either the step's text (a string), or a Wide holding the three values whole and the text.
    [FieldOffset(16)]
    private readonly object? _extra;
    [FieldOffset(24)]
    private readonly ulong _result;
    [FieldOffset(32)]
    private readonly uint _meta;

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
        _code = code;
        _clause = clause;
        _field = field;
        var meta = (passed ? PassedFlag : 0) | (isBinding ? BindingFlag : 0);
        var packed = TryPack(left, 0, ref meta, out _left) & TryPack(right, 1, ref meta, out _right) & TryPack(result, 2, ref meta, out _result);
        _meta = meta;
        _extra = packed ? text : new Wide(left, right, result, text);
    }

    [FieldOffset(36)]
    private readonly TraceCode _code;
    [FieldOffset(37)]
    private readonly PolicyClause _clause;
    [FieldOffset(38)]
    private readonly RecordField _field;

    /// <summary>What the step did.</summary>
    public TraceCode Code => _code;

    /// <summary>The clause the step applied.</summary>
    public PolicyClause Clause => _clause;

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
    public RecordField Field => _field;

    /// <summary>Whether the condition held, or the computation produced its value.</summary>
    public bool Passed => (_meta & PassedFlag) != 0;

    /// <summary>Whether this step's amount is the ceiling that binds.</summary>
    public bool IsBinding => (_meta & BindingFlag) != 0;

    /// <summary>The first value: the amount examined, or the rate.</summary>
    public TraceValue Left => _extra is Wide wide ? wide.Left : Unpack(_left, 0);

    /// <summary>The second value: the threshold or the base.</summary>
    public TraceValue Right => _extra is Wide wide ? wide.Right : Unpack(_right, 1);

    /// <summary>The value computed, if any.</summary>
    public TraceValue Result => _extra is Wide wide ? wide.Result : Unpack(_result, 2);

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
    public override int GetHashCode() => HashCode.Combine(Code, Clause, Field, _meta >> 30, Left, Right, Result, Text);

    /// <summary>The step rendered in Chinese.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => DecisionText.Render(this, Language.Chinese);

    /// <summary>
    /// Stores a value's low 64 mantissa bits and puts its scale, sign and unit into the step's word at a position,
    /// when its mantissa and unit fit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPack(TraceValue value, int position, ref uint meta, out ulong mantissa)
    {
        var parts = DecimalParts.Of(value.Number);
        mantissa = parts.Low64;
        var scaleAndSign = (((uint)parts.Flags >> 16) & 0x1F) | (parts.Flags < 0 ? NegativeBit : 0);
        var unit = (uint)value.Unit;
        meta |= (scaleAndSign << (position * ScaleBits)) | ((unit & UnitMask) << (UnitShift + (position * UnitBits)));
        return parts.High32 == 0 && unit <= UnitMask;
    }

    private TraceValue Unpack(ulong mantissa, int position)
    {
        var scaleAndSign = (_meta >> (position * ScaleBits)) & ScaleMask;
        var unit = (ValueUnit)((_meta >> (UnitShift + (position * UnitBits))) & UnitMask);
        var number = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, (scaleAndSign & NegativeBit) != 0, (byte)(scaleAndSign & ~NegativeBit));
        return new TraceValue(number, unit);
    }

    /// <summary>A step's plain words, without its object reference (for the trace builder's stack buffer).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Bits ToBits(in TraceStep step) =>
        new(step._left, step._right, step._result, Unsafe.As<uint, ulong>(ref Unsafe.AsRef(in step._meta)));

    /// <summary>
    /// A step without text as its plain words, made without a step on the stack (a step holds a reference, so every
    /// temporary step is cleared on entry to the method that makes it); <see langword="false"/> when a value does not
    /// fit the packed form, and the step must be made whole.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryPackBits(
        TraceCode code, PolicyClause clause, RecordField field, bool passed, bool isBinding, TraceValue left, TraceValue right, TraceValue result, out Bits bits)
    {
        var meta = (passed ? PassedFlag : 0) | (isBinding ? BindingFlag : 0);
        var packed = TryPack(left, 0, ref meta, out var l) & TryPack(right, 1, ref meta, out var r) & TryPack(result, 2, ref meta, out var x);

        // The words at offset 32 as the step lays them out: _meta, then _code, _clause and _field.
        bits = new Bits(l, r, x, meta | ((ulong)code << 32) | ((ulong)clause << 40) | ((ulong)field << 48));
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
        private readonly ulong _tail;

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
            _tail = bits.Tail;
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
            var meta = (passed ? PassedFlag : 0) | (isBinding ? BindingFlag : 0) | ScaleAndSign(l) | (ScaleAndSign(r) << ScaleBits) | (ScaleAndSign(x) << (2 * ScaleBits));
            bits = new Bits(_left | l.Low64, _right | r.Low64, _result | x.Low64, _tail | meta);
            return Packs & ((l.High32 | r.High32 | x.High32) == 0);
        }

        /// <summary>The step made whole, for values that do not fit the packed form.</summary>
        internal TraceStep Whole(bool passed, bool isBinding, decimal left, decimal right, decimal result) =>
            new(Code, Clause, Field, passed, isBinding, Value(Left, left), Value(Right, right), Value(Result, result));

        // A slot a decision supplies holds a zero of its unit in the template; a constant slot is given a zero decimal.
        private static TraceValue Value(TraceValue template, decimal supplied) =>
            template.Unit == ValueUnit.None || (supplied == 0m && !decimal.IsNegative(supplied) && supplied.Scale == 0) ? template : new TraceValue(supplied, template.Unit);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint ScaleAndSign(DecimalParts parts) => (((uint)parts.Flags >> 16) & 0x1F) | (parts.Flags < 0 ? NegativeBit : 0);
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
    [StructLayout(LayoutKind.Explicit, Size = 40)]
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
        [FieldOffset(32)]
        private readonly ulong _tail;

        internal ulong Left => _left;

        internal ulong Right => _right;

        internal ulong Result => _result;

        internal ulong Tail => _tail;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal Bits(ulong left, ulong right, ulong result, ulong tail)
        {
            _left = left;
            _right = right;
            _none = 0;
            _result = result;
            _tail = tail;
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
