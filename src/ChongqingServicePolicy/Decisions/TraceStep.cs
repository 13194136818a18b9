using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Decisions;

/// <summary>
/// One step of a decision's trace: what was done (<see cref="Code"/>), under which clause, to which fact of the
/// record, with the values compared or computed, whether the condition held, and whether the step's amount
/// is the binding ceiling. Text in either language is rendered from these by <see cref="DecisionText"/>.
/// </summary>
/// <remarks>
/// The values are stored packed, so a step costs 48 bytes in a trace array: each value as the low 64 bits of its
/// decimal mantissa with its scale and sign. A value whose mantissa needs more than 64 bits (an amount above about
/// 1.8 × 10^19 of its smallest unit, which no policy amount reaches) is kept whole in a small object beside the
/// step's text instead, so every value reads back exactly, scale included.
/// </remarks>
public readonly struct TraceStep : IEquatable<TraceStep>
{
    private const byte PassedFlag = 1;
    private const byte BindingFlag = 2;
    private const byte NegativeBit = 0x80;

    // Either the step's text (a string), or a Wide holding the three values whole and the text.
    private readonly object? _extra;
    private readonly ulong _left;
    private readonly ulong _right;
    private readonly ulong _result;
    private readonly byte _leftScale;
    private readonly byte _rightScale;
    private readonly byte _resultScale;
    private readonly ValueUnit _leftUnit;
    private readonly ValueUnit _rightUnit;
    private readonly ValueUnit _resultUnit;
    private readonly byte _flags;

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
        Code = code;
        Clause = clause;
        Field = field;
        _flags = (byte)((passed ? PassedFlag : 0) | (isBinding ? BindingFlag : 0));
        _leftUnit = left.Unit;
        _rightUnit = right.Unit;
        _resultUnit = result.Unit;
        if (TryPack(left.Number, out _left, out _leftScale) & TryPack(right.Number, out _right, out _rightScale) & TryPack(result.Number, out _result, out _resultScale))
        {
            _extra = text;
        }
        else
        {
            _extra = new Wide(left.Number, right.Number, result.Number, text);
        }
    }

    /// <summary>What the step did.</summary>
    public TraceCode Code { get; }

    /// <summary>The clause the step applied.</summary>
    public PolicyClause Clause { get; }

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
        _ => TraceComparison.None,
    };

    /// <summary>The fact of the record the step examined.</summary>
    public RecordField Field { get; }

    /// <summary>Whether the condition held, or the computation produced its value.</summary>
    public bool Passed => (_flags & PassedFlag) != 0;

    /// <summary>Whether this step's amount is the ceiling that binds.</summary>
    public bool IsBinding => (_flags & BindingFlag) != 0;

    /// <summary>The first value: the amount examined, or the rate.</summary>
    public TraceValue Left => new(_extra is Wide wide ? wide.Left : Unpack(_left, _leftScale), _leftUnit);

    /// <summary>The second value: the threshold or the base.</summary>
    public TraceValue Right => new(_extra is Wide wide ? wide.Right : Unpack(_right, _rightScale), _rightUnit);

    /// <summary>The value computed, if any.</summary>
    public TraceValue Result => new(_extra is Wide wide ? wide.Result : Unpack(_result, _resultScale), _resultUnit);

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
        Code == other.Code && Clause == other.Clause && Field == other.Field && _flags == other._flags &&
        Left == other.Left && Right == other.Right && Result == other.Result &&
        string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TraceStep other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Clause, Field, _flags, Left, Right, Result, Text);

    /// <summary>The step rendered in Chinese.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => DecisionText.Render(this, Language.Chinese);

    /// <summary>Splits a decimal into the low 64 bits of its mantissa and its scale and sign, when its mantissa fits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPack(decimal value, out ulong mantissa, out byte scaleAndSign)
    {
        // decimal is laid out as the OLE DECIMAL it marshals to: flags (scale in bits 16-23, sign in bit 31), the
        // high 32 bits of the mantissa, then its low 64 bits. Tests check every value reads back exactly.
        ref var parts = ref Unsafe.As<decimal, DecimalParts>(ref value);
        mantissa = parts.Low64;
        scaleAndSign = (byte)(((parts.Flags >> 16) & 0x7F) | (parts.Flags < 0 ? NegativeBit : 0));
        return parts.High32 == 0;
    }

    private static decimal Unpack(ulong mantissa, byte scaleAndSign) =>
        new((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, (scaleAndSign & NegativeBit) != 0, (byte)(scaleAndSign & ~NegativeBit));

    /// <summary>The parts of a decimal in the order it holds them.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct DecimalParts
    {
        internal readonly int Flags;
        internal readonly uint High32;
        internal readonly ulong Low64;
    }

    /// <summary>The values of a step one of whose mantissas needs more than 64 bits, kept whole, and its text.</summary>
    private sealed class Wide(decimal left, decimal right, decimal result, string? text)
    {
        internal decimal Left { get; } = left;

        internal decimal Right { get; } = right;

        internal decimal Result { get; } = result;

        internal string? Text { get; } = text;
    }
}
