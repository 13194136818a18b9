using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Rules;

/// <summary>Collects every problem with a record; allocates only when there is one.</summary>
internal struct ProblemList
{
    // Made with the first problem, so never empty.
    private List<Problem>? _problems;

    internal readonly bool Any => _problems is not null;

    internal void Add(RecordField field, string? value, ProblemCode code, string? expected = null) =>
        (_problems ??= []).Add(new Problem(field, value, code, expected));

    internal void Required(RecordField field) => Add(field, null, ProblemCode.Required);

    /// <summary>Adds <see cref="ProblemCode.Required"/> when the value is missing.</summary>
    internal void Require<T>(T? value, RecordField field)
        where T : struct
    {
        if (value is null)
        {
            Required(field);
        }
    }

    /// <summary>Requires an amount and refuses a negative one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void RequireAmount(decimal? value, RecordField field)
    {
        if (value is null)
        {
            Required(field);
        }
        else
        {
            NotNegative(value, field);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void NotNegative(decimal? value, RecordField field)
    {
        // Only a value with its sign bit set can be below zero; the comparison then tells -0 from a negative amount.
        if (value is { } v && decimal.IsNegative(v))
        {
            NegativeOrMinusZero(v, field);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void NegativeOrMinusZero(decimal value, RecordField field)
    {
        if (value < 0m)
        {
            Add(field, Format(value), ProblemCode.MustNotBeNegative);
        }
    }

    /// <summary>The problems, at least one: called only when <see cref="Any"/> is <see langword="true"/>.</summary>
    internal readonly ImmutableArray<Problem> ToImmutable() => [.. _problems!];

    /// <summary>The problems as an array of at least one, or <see langword="null"/> when there are none.</summary>
    internal readonly Problem[]? ToArray() => _problems?.ToArray();

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
