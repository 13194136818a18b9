using System.Collections.Immutable;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Csv;

/// <summary>Invalid rows that share a problem: the same column with the same kind of fault.</summary>
/// <param name="Field">The column.</param>
/// <param name="Code">The kind of fault.</param>
/// <param name="Rows">How many rows have it.</param>
/// <param name="FirstRows">The first few of those rows (spreadsheet row numbers), to look at.</param>
public sealed record InvalidGroup(RecordField Field, ProblemCode Code, int Rows, ImmutableArray<int> FirstRows)
{
    /// <summary>How many row numbers <see cref="FirstRows"/> keeps.</summary>
    public const int RowsKept = 5;
}
