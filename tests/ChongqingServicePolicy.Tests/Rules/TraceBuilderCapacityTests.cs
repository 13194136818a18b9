using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Rules;

namespace ChongqingServicePolicy.Tests.Rules;

/// <summary>
/// A trace holds at most <see cref="TraceBuilder.Capacity"/> steps: each of the builder's three ways in refuses a 17th
/// step with the same message, writes nothing past its buffer, and keeps the 16 steps it holds.
/// </summary>
/// <remarks>
/// No rule makes more than 16 steps, so the refusal is tested on the builder itself. Its buffer is the first 16 slots of
/// an array of 17: a builder that took the 17th step would write it into the array's last slot, which the test owns and
/// reads, rather than past the end of the stack buffer a rule gives it.
/// </remarks>
public sealed class TraceBuilderCapacityTests
{
    /// <summary>The three ways a step goes into a trace.</summary>
    public enum Way
    {
        /// <summary>A whole step.</summary>
        Step,

        /// <summary>A step's parts, packed straight into the buffer.</summary>
        PackedValues,

        /// <summary>A template the rule packed from its parameters, with a decision's values.</summary>
        Template,
    }

    private static readonly TraceStep.Template RoundingTemplate =
        new(TraceCode.Rounding, PolicyClause.Rounding, RecordField.Record, TraceValue.Yuan(0m), TraceValue.Yuan(0.01m), TraceValue.Yuan(0m));

    [Theory]
    [InlineData(Way.Step)]
    [InlineData(Way.PackedValues)]
    [InlineData(Way.Template)]
    public void Add_SeventeenthStep_RefusedAtMost16StepsAndTheSixteenKept(Way way)
    {
        var backing = new TraceStep.Bits[TraceBuilder.Capacity + 1];
        var trace = new TraceBuilder(backing.AsSpan(0, TraceBuilder.Capacity));
        for (var i = 0; i < TraceBuilder.Capacity; i++)
        {
            Add(ref trace, way, i);
        }

        trace.Count.Should().Be(16);
        InvalidOperationException? refused = null;
        try
        {
            Add(ref trace, way, TraceBuilder.Capacity);
        }
        catch (InvalidOperationException ex)
        {
            refused = ex;
        }

        refused.Should().NotBeNull("a 17th step is refused");
        refused!.Message.Should().Be("A trace has at most 16 steps.");
        trace.Count.Should().Be(16);
        var last = backing[TraceBuilder.Capacity];
        (last.Left, last.Right, last.Result).Should().Be((0UL, 0UL, 0UL), "nothing is written past the buffer");
        trace.ToImmutable().Should().Equal(Enumerable.Range(0, TraceBuilder.Capacity).Select(Expected));
    }

    [Theory]
    [InlineData(Way.Step)]
    [InlineData(Way.PackedValues)]
    [InlineData(Way.Template)]
    public void Add_SixteenthStep_Taken(Way way)
    {
        var backing = new TraceStep.Bits[TraceBuilder.Capacity + 1];
        var trace = new TraceBuilder(backing.AsSpan(0, TraceBuilder.Capacity));
        for (var i = 0; i < TraceBuilder.Capacity - 1; i++)
        {
            Add(ref trace, way, i);
        }

        Add(ref trace, way, TraceBuilder.Capacity - 1);

        trace.Count.Should().Be(16);
        trace.ToImmutable()[^1].Should().Be(Expected(TraceBuilder.Capacity - 1));
    }

    /// <summary>The step the i-th call adds: a rounding of i + 0.25 yuan down to i yuan, in every way.</summary>
    private static TraceStep Expected(int i) =>
        new(TraceCode.Rounding, PolicyClause.Rounding, RecordField.Record, true, false, TraceValue.Yuan(i + 0.25m), TraceValue.Yuan(0.01m), TraceValue.Yuan(i));

    private static void Add(ref TraceBuilder trace, Way way, int i)
    {
        switch (way)
        {
            case Way.Step:
                trace.Add(Expected(i));
                break;
            case Way.PackedValues:
                trace.Add(TraceCode.Rounding, PolicyClause.Rounding, RecordField.Record, true, false, TraceValue.Yuan(i + 0.25m), TraceValue.Yuan(0.01m), TraceValue.Yuan(i));
                break;
            default:
                trace.Add(in RoundingTemplate, true, false, i + 0.25m, 0m, i);
                break;
        }
    }
}
