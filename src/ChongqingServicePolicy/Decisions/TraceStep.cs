using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Decisions;

/// <summary>
/// One step of a decision's trace: what was done (<see cref="Code"/>), under which clause, to which fact of the
/// record, with the values compared or computed, whether the condition held, and whether the step's amount
/// is the binding ceiling. Text in either language is rendered from these by <see cref="DecisionText"/>.
/// </summary>
/// <remarks>The values are stored packed, so a step costs 64 bytes in a trace array.</remarks>
public readonly struct TraceStep : IEquatable<TraceStep>
{
    private const byte PassedFlag = 1;
    private const byte BindingFlag = 2;

    private readonly decimal _left;
    private readonly decimal _right;
    private readonly decimal _result;
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
        _left = left.Number;
        _leftUnit = left.Unit;
        _right = right.Number;
        _rightUnit = right.Unit;
        _result = result.Number;
        _resultUnit = result.Unit;
        Text = text;
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
    public TraceValue Left => new(_left, _leftUnit);

    /// <summary>The second value: the threshold or the base.</summary>
    public TraceValue Right => new(_right, _rightUnit);

    /// <summary>The value computed, if any.</summary>
    public TraceValue Result => new(_result, _resultUnit);

    /// <summary>Free text the step carries, such as an approval reference.</summary>
    public string? Text { get; }

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
}
