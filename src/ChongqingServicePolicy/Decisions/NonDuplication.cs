using System.Collections.Immutable;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Decisions;

/// <summary>
/// How "就高不重复" (rule X3) was applied to a decision: which records of the same subject were compared,
/// the other municipal policy's support declared for it, which record won, and what was suppressed.
/// </summary>
/// <param name="SubjectId">The subject compared.</param>
/// <param name="ComparedApplicationIds">Every eligible record of the subject that was compared, in batch order (the ids of <see cref="Compared"/>).</param>
/// <param name="WinnerApplicationId">The record of this policy with the highest award (lower measure number, earlier date, earlier in the batch on ties).</param>
/// <param name="WinnerMeasure">The winner's measure.</param>
/// <param name="WinnerAwardYuan">The winner's award.</param>
/// <param name="OtherPolicyAwardYuan">The highest other-policy support declared for the subject, if any.</param>
/// <param name="OtherPolicyName">That policy's name or document number, if given.</param>
/// <param name="Suppression">What happened to this decision's payable amount.</param>
public sealed record NonDuplication(
    string SubjectId,
    ImmutableArray<string> ComparedApplicationIds,
    string WinnerApplicationId,
    MeasureId WinnerMeasure,
    decimal WinnerAwardYuan,
    decimal? OtherPolicyAwardYuan,
    string? OtherPolicyName,
    SuppressionKind Suppression)
{
    /// <summary>
    /// Every eligible record of the subject that was compared, in batch order, with its measure, award and date:
    /// what a decision record keeps so that the comparison can be made again. Empty only when a host built the
    /// value without it.
    /// </summary>
    public ImmutableArray<ComparedApplication> Compared { get; init; } = ImmutableArray<ComparedApplication>.Empty;
}
