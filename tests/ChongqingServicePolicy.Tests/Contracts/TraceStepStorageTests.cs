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

    [Fact]
    public void Step_TakesFortyBytes()
    {
        System.Runtime.CompilerServices.Unsafe.SizeOf<TraceStep>().Should().Be(40);
    }
}
