using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Csv;

/// <summary>The totals of one measure (or of the whole file) in an evaluation.</summary>
/// <param name="Measure">The measure as the decisions file writes it; <c>?</c> for rows whose measure could not be read; <c>total</c> for the whole file.</param>
/// <param name="Id">The measure, when there is one.</param>
/// <param name="Eligible">Rows <see cref="Outcome.Eligible"/>.</param>
/// <param name="Ineligible">Rows <see cref="Outcome.Ineligible"/>.</param>
/// <param name="NotApplicable">Rows <see cref="Outcome.NotApplicable"/>.</param>
/// <param name="NonMonetary">Rows <see cref="Outcome.NonMonetary"/>.</param>
/// <param name="NeedsReview">Rows <see cref="Outcome.NeedsReview"/>.</param>
/// <param name="Invalid">Rows <see cref="Outcome.Invalid"/>.</param>
/// <param name="Suppressed">Eligible rows whose payable amount 就高不重复 reduced.</param>
/// <param name="AwardYuan">The sum of the award ceilings.</param>
/// <param name="PayableYuan">The sum of the payable amounts.</param>
public sealed record MeasureSummary(
    string Measure,
    MeasureId? Id,
    int Eligible,
    int Ineligible,
    int NotApplicable,
    int NonMonetary,
    int NeedsReview,
    int Invalid,
    int Suppressed,
    decimal AwardYuan,
    decimal PayableYuan)
{
    /// <summary>All rows of the measure.</summary>
    public int Rows => Eligible + Ineligible + NotApplicable + NonMonetary + NeedsReview + Invalid;

    /// <summary>The count of one outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The number of rows with it.</returns>
    public int Count(Outcome outcome) => outcome switch
    {
        Outcome.Eligible => Eligible,
        Outcome.Ineligible => Ineligible,
        Outcome.NotApplicable => NotApplicable,
        Outcome.NonMonetary => NonMonetary,
        Outcome.NeedsReview => NeedsReview,
        Outcome.Invalid => Invalid,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };
}
