using System.Collections.Immutable;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// What the calling thread needs of one decided row: its counts and amounts for the summary, and whether and how
/// it takes part in 就高不重复. Plain values, so that a batch waiting its turn holds no decision objects.
/// </summary>
internal struct RowFacts
{
    /// <summary>The outcome.</summary>
    internal Outcome Outcome;

    /// <summary>The measure as a summary slot: the measure's number, or 0 when the cell does not read.</summary>
    internal int Measure;

    /// <summary>The award ceiling.</summary>
    internal decimal Award;

    /// <summary>The payable amount, before 就高不重复.</summary>
    internal decimal Payable;

    /// <summary>The problems of an invalid row.</summary>
    internal ImmutableArray<Problem> Problems;

    /// <summary>The decision's measure.</summary>
    internal MeasureId DecisionMeasure;

    /// <summary>The decision's date.</summary>
    internal LocalDate Date;

    /// <summary>The other-policy support the row declares, when <see cref="DeclaresOther"/>.</summary>
    internal decimal? OtherAward;

    /// <summary>The name of that policy.</summary>
    internal string? OtherName;

    /// <summary>Whether the row is eligible with an award above zero, so 就高不重复 compares it.</summary>
    internal bool TakesPart;

    /// <summary>Whether the row declares support under another policy that 就高不重复 counts for its subject.</summary>
    internal bool DeclaresOther;

    /// <summary>
    /// The subject 就高不重复 groups the row under, when it is not what its cells say (<c>subject_id</c>, else
    /// <c>application_id</c>); <see langword="null"/> in the usual case, so that no string waits in the batch.
    /// </summary>
    internal string? Subject;

    /// <summary>The hash of the row's <c>application_id</c> (<see cref="string.GetHashCode(ReadOnlySpan{char})"/>), worked out by the worker.</summary>
    internal int IdHash;

    /// <summary>The hash of the row's <c>subject_id</c>, when it has one and 就高不重复 needs it.</summary>
    internal int SubjectHash;

    /// <summary>Where the row's saved cells start in the batch's <see cref="RowBatch.Saved"/>, when its line must be written whole again (<see cref="SavedLength"/> above 0).</summary>
    internal int SavedStart;

    /// <summary>How many bytes the row's saved cells take.</summary>
    internal int SavedLength;

    /// <summary>The decision's reason for the award, when <see cref="TakesPart"/>.</summary>
    internal ReasonCode AwardReason;

    /// <summary>
    /// Whether the decision's catalogue entry is its measure's rule's (as every rule's decision's is), when
    /// <see cref="TakesPart"/> and the line is written: the entry then need not be kept.
    /// </summary>
    internal bool RuleInfo;

    /// <summary>Where the parts of the row's line are that 就高不重复 changes, when <see cref="TakesPart"/>.</summary>
    internal LineLayout Layout;

    /// <summary>Whether 就高不重复 needs to know of the row.</summary>
    internal readonly bool Concerns => TakesPart || DeclaresOther;
}
