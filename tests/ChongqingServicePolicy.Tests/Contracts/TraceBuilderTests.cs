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
        var buffer = default(TraceBuilder.StepBuffer);
        var trace = new TraceBuilder(buffer);
        var step = new TraceStep(TraceCode.Rounding, PolicyClause.Rounding, RecordField.Record, true, false, TraceValue.Yuan(1m));
        for (var i = 0; i < TraceBuilder.Capacity; i++)
        {
            trace.Add(step);
        }

        var act = () => trace.Add(step);

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void EmptyBuilder_GivesEmptyTrace()
    {
        var buffer = default(TraceBuilder.StepBuffer);
        var trace = new TraceBuilder(buffer);

        trace.ToImmutable().Should().BeEmpty();
    }

    [Fact]
    public void Bits_HaveTheSizeOfAStep()
    {
        Unsafe.SizeOf<TraceStep.Bits>().Should().Be(Unsafe.SizeOf<TraceStep>());
    }
}
