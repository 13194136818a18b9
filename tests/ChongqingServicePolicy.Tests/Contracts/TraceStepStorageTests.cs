using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using FluentAssertions;

namespace ChongqingServicePolicy.Tests.Contracts;

/// <summary>A trace step stores its values packed; every value, scale and sign included, reads back as given.</summary>
public sealed class TraceStepStorageTests
{
    public static TheoryData<decimal> Values => new()
    {
        0m,
        new decimal(0, 0, 0, true, 2),
        0.10m,
        0.1000m,
        3_000_000.0000m,
        5_000_000m,
        -1.5m,
        -0.000001m,
        35_184_372_088_831m,
        35_184_372_088_832m,
        351_843_720_888.31m,
        351_843_720_888.32m,
        -35_184_372_088_831m,
        0.0035184372088832m,
        0.0000000000000000000000000001m,
        18_446_744_073_709_551_615m,
        18_446_744_073_709_551_616m,
        12_345_678_901_234_567_890.12m,
        decimal.MaxValue,
        decimal.MinValue,
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Values_ReadBack_WithTheirScaleAndSign(decimal value)
    {
        var step = new TraceStep(TraceCode.ShareOfBase, PolicyClause.Rounding, RecordField.Record, true, false, TraceValue.Yuan(value), TraceValue.Rate(0.10m), TraceValue.Yuan(value), "ref");

        decimal.GetBits(step.Left.Number).Should().Equal(decimal.GetBits(value));
        decimal.GetBits(step.Result.Number).Should().Equal(decimal.GetBits(value));
        decimal.GetBits(step.Right.Number).Should().Equal(decimal.GetBits(0.10m));
        step.Left.Unit.Should().Be(ValueUnit.Yuan);
        step.Right.Unit.Should().Be(ValueUnit.Rate);
        step.Text.Should().Be("ref");
    }

    [Fact]
    public void WideValue_KeepsTextAndFlags_AndEqualsTheSameStep()
    {
        var wide = 12_345_678_901_234_567_890.12m;
        var a = new TraceStep(TraceCode.OverrideApplied, PolicyClause.Discretion, RecordField.OverrideAmountYuan, true, true, TraceValue.Yuan(wide), default, default, "渝发改〔2025〕1号");
        var b = new TraceStep(TraceCode.OverrideApplied, PolicyClause.Discretion, RecordField.OverrideAmountYuan, true, true, TraceValue.Yuan(wide), default, default, "渝发改〔2025〕1号");

        a.Passed.Should().BeTrue();
        a.IsBinding.Should().BeTrue();
        a.Text.Should().Be("渝发改〔2025〕1号");
        a.Right.HasValue.Should().BeFalse();
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [InlineData((byte)15)]
    [InlineData((byte)16)]
    [InlineData((byte)255)]
    public void UnnamedUnit_ReadsBack(byte unit)
    {
        var step = new TraceStep(TraceCode.ShareOfBase, PolicyClause.Rounding, RecordField.Record, false, true, TraceValue.Of(1.5m, (ValueUnit)unit), TraceValue.Rate(0.10m), default);

        step.Left.Should().Be(TraceValue.Of(1.5m, (ValueUnit)unit));
        step.Right.Should().Be(TraceValue.Rate(0.10m));
        step.Result.HasValue.Should().BeFalse();
        step.Passed.Should().BeFalse();
        step.IsBinding.Should().BeTrue();
        step.Text.Should().BeNull();
    }

    [Theory]
    [InlineData((byte)0, (byte)0, (byte)0, false, false)]
    [InlineData((byte)63, (byte)64, (byte)127, true, false)]
    [InlineData((byte)128, (byte)191, (byte)192, false, true)]
    [InlineData((byte)255, (byte)255, (byte)255, true, true)]
    public void CodeClauseFieldAndFlags_ReadBack_BesideEveryValue(byte code, byte clause, byte field, bool passed, bool binding)
    {
        // The largest packed mantissa, negative at the largest scale, beside each byte of the step and each flag.
        var largest = new decimal(-1, 0x1FFF, 0, true, 28); // 2^45 - 1 at scale 28
        var packed = new TraceStep((TraceCode)code, (PolicyClause)clause, (RecordField)field, passed, binding, TraceValue.Of(largest, (ValueUnit)15), TraceValue.Of(largest, (ValueUnit)15), TraceValue.Of(largest, (ValueUnit)15));
        var wide = new TraceStep((TraceCode)code, (PolicyClause)clause, (RecordField)field, passed, binding, TraceValue.Of(35_184_372_088_832m, ValueUnit.Yuan), default, default, "text");

        foreach (var step in new[] { packed, wide })
        {
            step.Code.Should().Be((TraceCode)code);
            step.Clause.Should().Be((PolicyClause)clause);
            step.Field.Should().Be((RecordField)field);
            step.Passed.Should().Be(passed);
            step.IsBinding.Should().Be(binding);
        }

        foreach (var value in new[] { packed.Left, packed.Right, packed.Result })
        {
            decimal.GetBits(value.Number).Should().Equal(decimal.GetBits(largest));
            value.Unit.Should().Be((ValueUnit)15);
        }

        wide.Left.Should().Be(TraceValue.Of(35_184_372_088_832m, ValueUnit.Yuan));
        wide.Text.Should().Be("text");
    }

    [Fact]
    public void Step_TakesThirtyTwoBytes()
    {
        System.Runtime.CompilerServices.Unsafe.SizeOf<TraceStep>().Should().Be(32);
    }
}
