using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// Collects a decision's trace steps in a fixed buffer on the stack, so a finished trace costs exactly one
/// array of the right length.
/// </summary>
internal struct TraceBuilder
{
    internal const int Capacity = 16;

    private StepBuffer _steps;
    private int _count;

    internal readonly int Count => _count;

    internal void Add(in TraceStep step)
    {
        if (_count == Capacity)
        {
            throw new InvalidOperationException($"A trace has at most {Capacity} steps.");
        }

        _steps[_count++] = step;
    }

    internal readonly ImmutableArray<TraceStep> ToImmutable()
    {
        if (_count == 0)
        {
            return ImmutableArray<TraceStep>.Empty;
        }

        var array = new TraceStep[_count];
        ReadOnlySpan<TraceStep> span = _steps;
        span[.._count].CopyTo(array);
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    [InlineArray(Capacity)]
    private struct StepBuffer
    {
        private TraceStep _element0;
    }
}
