using System.Runtime.CompilerServices;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Rules;
using FluentAssertions;

namespace ChongqingServicePolicy.Tests.Contracts;

/// <summary>
/// The trace builder keeps steps' plain words on the stack and their texts and wide values beside them; the finished
/// trace holds every step exactly as added, in order.
/// </summary>
public sealed class TraceBuilderTests
{
    public static TheoryData<int[]> TextPositions => new()
    {
        Array.Empty<int>(),
        new[] { 0 },
        new[] { 5 },
        new[] { 1, 4 },
        new[] { 0, 2, 7, 15 },
    };

    [Theory]
    [MemberData(nameof(TextPositions))]
    public void ToImmutable_ReturnsEveryStepAsAdded(int[] withText)
    {
        var added = new List<TraceStep>();
        var buffer = default(TraceBuilder.StepBuffer);
        var trace = new TraceBuilder(buffer);
        for (var i = 0; i < TraceBuilder.Capacity; i++)
        {
            var wide = i == 7 ? 12_345_678_901_234_567_890.12m : 1_000m + i;
            var step = new TraceStep(
                (TraceCode)(1 + (i % 5)), PolicyClause.Rounding, (RecordField)(i % 3), i % 2 == 0, i % 3 == 0,
                TraceValue.Yuan(wide), TraceValue.Rate(0.10m), TraceValue.Yuan(-i - 0.5m), withText.Contains(i) ? $"approval {i}" : null);
            added.Add(step);
            trace.Add(step);
        }

        var steps = trace.ToImmutable();

        steps.Should().Equal(added);
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i].Text.Should().Be(withText.Contains(i) ? $"approval {i}" : null);
        }
    }

    [Fact]
    public void Add_BeyondCapacity_Throws()
    {
        var act = () => AddSteps(TraceBuilder.Capacity + 1);

        act.Should().Throw<InvalidOperationException>();
        AddSteps(TraceBuilder.Capacity).Should().HaveCount(TraceBuilder.Capacity);
    }

    [Fact]
    public void EmptyBuilder_GivesEmptyTrace()
    {
        var buffer = default(TraceBuilder.StepBuffer);
        var trace = new TraceBuilder(buffer);

        trace.ToImmutable().Should().BeEmpty();
    }

    [Theory]
    [InlineData("30000000", "0.10")]
    [InlineData("0", "0.10")]
    [InlineData("0.00", "0.1")]
    [InlineData("-0", "0.1")]
    [InlineData("12345678.905", "0.2")]
    [InlineData("18446744073709551615", "1")]
    [InlineData("18446744073709551616", "1")]
    [InlineData("123456789012345678901234.5", "0.10")]
    public void Template_GivesTheStepMadeWhole(string amount, string rate)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var share = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);
        var product = value * share;
        var template = new TraceStep.Template(TraceCode.ShareOfBase, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, TraceValue.Rate(share), TraceValue.Yuan(0m), TraceValue.Yuan(0m));
        var buffer = default(TraceBuilder.StepBuffer);
        var trace = new TraceBuilder(buffer);

        trace.Add(in template, true, true, 0m, value, product);
        var step = trace.ToImmutable().Single();

        step.Should().Be(new TraceStep(TraceCode.ShareOfBase, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, true, true, TraceValue.Rate(share), TraceValue.Yuan(value), TraceValue.Yuan(product)));
        decimal.GetBits(step.Left.Number).Should().Equal(decimal.GetBits(share));
        decimal.GetBits(step.Right.Number).Should().Equal(decimal.GetBits(value));
        decimal.GetBits(step.Result.Number).Should().Equal(decimal.GetBits(product));
    }

    [Fact]
    public void Template_EmptySlotStaysEmpty()
    {
        var template = new TraceStep.Template(TraceCode.AmountPositive, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, TraceValue.Yuan(0m));
        var buffer = default(TraceBuilder.StepBuffer);
        var trace = new TraceBuilder(buffer);

        trace.Add(in template, false, false, 12.5m, 0m, 0m);
        var step = trace.ToImmutable().Single();

        step.Should().Be(new TraceStep(TraceCode.AmountPositive, PolicyClause.Measure1, RecordField.ApprovedInvestmentYuan, false, false, TraceValue.Yuan(12.5m)));
        step.Right.HasValue.Should().BeFalse();
        step.Result.HasValue.Should().BeFalse();
    }

    [Fact]
    public void Bits_HaveTheSizeOfAStep()
    {
        Unsafe.SizeOf<TraceStep.Bits>().Should().Be(Unsafe.SizeOf<TraceStep>());
    }

    private static System.Collections.Immutable.ImmutableArray<TraceStep> AddSteps(int count)
    {
        var buffer = default(TraceBuilder.StepBuffer);
        var trace = new TraceBuilder(buffer);
        var step = new TraceStep(TraceCode.Rounding, PolicyClause.Rounding, RecordField.Record, true, false, TraceValue.Yuan(1m));
        for (var i = 0; i < count; i++)
        {
            trace.Add(step);
        }

        return trace.ToImmutable();
    }
}
