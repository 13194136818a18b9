using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// Collects a decision's trace steps in a fixed buffer on the stack, so a finished trace costs exactly one
/// array of the right length.
/// </summary>
/// <remarks>
/// The buffer (<see cref="StepBuffer"/>) is a local of its own, apart from the builder, and holds each step's plain words
/// only (<see cref="TraceStep.Bits"/>), with no object reference: a method marked <see cref="SkipLocalsInitAttribute"/>
/// need not clear it, as it is written before it is read. Were it part of a struct that also holds references, the JIT
/// would clear the whole struct on entry (over 500 bytes a decision). The text or wide values a step may carry are kept in
/// the builder, and written into the finished array after its words are copied.
/// </remarks>
internal ref struct TraceBuilder
{
    internal const int Capacity = 16;

    private readonly Span<TraceStep.Bits> _steps;
    private int _count;

    // The first step that carries an object (a text or wide values), and the rest, by step index, when there are more.
    private object? _extra;
    private int _extraIndex;
    private object?[]? _extras;

    /// <summary>Starts an empty builder over a buffer, which need not be cleared: it is written before it is read.</summary>
    /// <param name="buffer">The buffer, a local of the caller's.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal TraceBuilder(Span<TraceStep.Bits> buffer)
    {
        _steps = buffer;
        _count = 0;
        _extra = null;
        _extraIndex = 0;
        _extras = null;
    }

    internal readonly int Count => _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(in TraceStep step)
    {
        var count = _count;
        if ((uint)count >= (uint)_steps.Length)
        {
            ThrowFull();
        }

        // The count is below the buffer's length, checked above.
        Unsafe.Add(ref MemoryMarshal.GetReference(_steps), count) = TraceStep.ToBits(step);
        if (TraceStep.ExtraOf(step) is { } extra)
        {
            AddExtra(count, extra);
        }

        _count = count + 1;
    }

    /// <summary>
    /// Adds a step without text, made straight into the buffer: the caller needs no temporary step, which would hold a
    /// reference and be cleared on every call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(
        TraceCode code, PolicyClause clause, RecordField field, bool passed, bool isBinding, TraceValue left, TraceValue right = default, TraceValue result = default)
    {
        if (!TraceStep.TryPackBits(code, clause, field, passed, isBinding, left, right, result, out var bits))
        {
            AddWhole(code, clause, field, passed, isBinding, left, right, result);
            return;
        }

        var count = _count;
        if ((uint)count >= (uint)_steps.Length)
        {
            ThrowFull();
        }

        // The count is below the buffer's length, checked above.
        Unsafe.Add(ref MemoryMarshal.GetReference(_steps), count) = bits;
        _count = count + 1;
    }

    /// <summary>
    /// Adds a step from a template the rule packed from its parameters, with the values this decision supplies (a zero
    /// decimal, <c>0m</c>, for each slot the template holds constant).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(in TraceStep.Template step, bool passed, bool isBinding, decimal left, decimal right, decimal result)
    {
        if (!step.Fill(passed, isBinding, left, right, result, out var bits))
        {
            AddWhole(step, passed, isBinding, left, right, result);
            return;
        }

        var count = _count;
        if ((uint)count >= (uint)_steps.Length)
        {
            ThrowFull();
        }

        // The count is below the buffer's length, checked above.
        Unsafe.Add(ref MemoryMarshal.GetReference(_steps), count) = bits;
        _count = count + 1;
    }

    internal readonly ImmutableArray<TraceStep> ToImmutable()
    {
        var count = _count;
        if (count == 0)
        {
            return ImmutableArray<TraceStep>.Empty;
        }

        var array = new TraceStep[count];

        // The words go in step by step as plain words: the reference slot of every step is zero in the buffer and in the
        // new array, so the copy writes no reference. References are then stored one by one, as the collector requires.
        // A loop of 32-byte copies beats a call to the general block copy for the few steps a trace holds.
        ref var target = ref Unsafe.As<TraceStep, TraceStep.Bits>(ref MemoryMarshal.GetArrayDataReference(array));
        ref var source = ref MemoryMarshal.GetReference(_steps);
        // Up to the count exactly (`!=`, the same code as `<` here): the copy is unchecked, so a step past the array's end
        // would go unseen.
        for (var i = 0; i != count; i++)
        {
            Unsafe.Add(ref target, i) = Unsafe.Add(ref source, i);
        }

        if (_extra is not null)
        {
            TraceStep.SetExtra(ref array[_extraIndex], _extra);
            if (_extras is { } extras)
            {
                for (var i = 0; i < count; i++)
                {
                    if (extras[i] is { } extra)
                    {
                        TraceStep.SetExtra(ref array[i], extra);
                    }
                }
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddWhole(
        TraceCode code, PolicyClause clause, RecordField field, bool passed, bool isBinding, TraceValue left, TraceValue right, TraceValue result) =>
        Add(new TraceStep(code, clause, field, passed, isBinding, left, right, result));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddWhole(in TraceStep.Template step, bool passed, bool isBinding, decimal left, decimal right, decimal result) =>
        Add(step.Whole(passed, isBinding, left, right, result));

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowFull() => throw new InvalidOperationException($"A trace has at most {Capacity} steps.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddExtra(int index, object extra)
    {
        if (_extra is null)
        {
            _extra = extra;
            _extraIndex = index;
        }
        else
        {
            (_extras ??= new object?[Capacity])[index] = extra;
        }
    }

    /// <summary>The stack buffer of a builder: room for <see cref="Capacity"/> steps' words.</summary>
    [InlineArray(Capacity)]
    internal struct StepBuffer
    {
        private TraceStep.Bits _element0;
    }
}
