using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Rules;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// A trace step keeps its values packed in its own 32 bytes when every mantissa fits 45 bits, and holds an object only for
/// its text or for a value that does not fit; either way the values read back exactly. Steps that differ only in their
/// flags hash apart.
/// </summary>
public sealed class TraceStepPackingTests
{
    /// <summary>2^45 − 1 fen: the largest amount in fen whose mantissa fits the packed form.</summary>
    private const decimal LargestPackedFen = 351_843_720_888.31m;

    /// <summary>2^45 fen: the first amount in fen that is kept whole.</summary>
    private const decimal FirstWholeFen = 351_843_720_888.32m;

    public static TheoryData<decimal, bool> Amounts => new()
    {
        { 0m, true },
        { 1_234_567.89m, true },
        { LargestPackedFen, true },
        { -LargestPackedFen, true },
        { FirstWholeFen, false },
        { -FirstWholeFen, false },
        { 35_184_372_088_831m, true },
        { 35_184_372_088_832m, false },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Constructor_AmountOfEachWidth_PackedOnlyWhenItsMantissaFits(decimal amount, bool packed)
    {
        var step = new TraceStep(TraceCode.ShareOfBase, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, true, true, TraceValue.Rate(0.1m), TraceValue.Yuan(amount), TraceValue.Yuan(amount));

        (TraceStep.ExtraOf(step) is null).Should().Be(packed);
        ReadsBack(step, amount);
    }

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Template_AmountOfEachWidth_PackedOnlyWhenItsMantissaFits(decimal amount, bool packed)
    {
        var template = new TraceStep.Template(TraceCode.ShareOfBase, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, TraceValue.Rate(0.1m), TraceValue.Yuan(0m), TraceValue.Yuan(0m));
        var buffer = default(TraceBuilder.StepBuffer);
        var trace = new TraceBuilder(buffer);

        trace.Add(in template, true, true, 0m, amount, amount);
        var step = trace.ToImmutable().Single();

        (TraceStep.ExtraOf(step) is null).Should().Be(packed);
        ReadsBack(step, amount);
    }

    [Theory]
    [InlineData("0.35184372088831", true)]
    [InlineData("0.35184372088832", false)]
    public void Template_ResultOfEachWidth_PackedOnlyWhenItsMantissaFits(string text, bool packed)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var template = new TraceStep.Template(TraceCode.Rounding, PolicyClause.Rounding, RecordField.Record, TraceValue.Yuan(0m), TraceValue.Yuan(0.01m), TraceValue.Yuan(0m));
        var buffer = default(TraceBuilder.StepBuffer);
        var trace = new TraceBuilder(buffer);

        trace.Add(in template, true, false, 1m, 0m, amount);
        var step = trace.ToImmutable().Single();

        (TraceStep.ExtraOf(step) is null).Should().Be(packed);
        decimal.GetBits(step.Result.Number).Should().Equal(decimal.GetBits(amount));
        step.Left.Should().Be(TraceValue.Yuan(1m));
    }

    [Fact]
    public void GetHashCode_StepsDifferingOnlyInTheirFlags_HashApart()
    {
        var hashes = new[] { (false, false), (true, false), (false, true), (true, true) }
            .Select(flags => new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure1, RecordField.Record, flags.Item1, flags.Item2, TraceValue.Yuan(1m), TraceValue.Yuan(2m)).GetHashCode())
            .ToArray();

        hashes.Should().OnlyHaveUniqueItems();
    }

    private static void ReadsBack(TraceStep step, decimal amount)
    {
        step.Code.Should().Be(TraceCode.ShareOfBase);
        step.Clause.Should().Be(PolicyClause.Measure1);
        step.Field.Should().Be(RecordField.ApprovedInvestmentYuan);
        step.Passed.Should().BeTrue();
        step.IsBinding.Should().BeTrue();
        step.Left.Should().Be(TraceValue.Rate(0.1m));
        step.Right.Should().Be(TraceValue.Yuan(amount));
        decimal.GetBits(step.Right.Number).Should().Equal(decimal.GetBits(amount));
        decimal.GetBits(step.Result.Number).Should().Equal(decimal.GetBits(amount));
        step.Result.Unit.Should().Be(ValueUnit.Yuan);
    }
}
