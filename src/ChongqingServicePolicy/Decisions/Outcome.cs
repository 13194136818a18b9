namespace ChongqingServicePolicy.Decisions;

/// <summary>The outcome of deciding one application (or one district's place in the ranking).</summary>
public enum Outcome : byte
{
    /// <summary>The record meets the measure's conditions; <see cref="Decision.AwardYuan"/> is the ceiling it may receive.</summary>
    Eligible = 1,

    /// <summary>The record does not meet a condition of the measure.</summary>
    Ineligible = 2,

    /// <summary>The policy does not apply: the application is dated outside its period of validity (rule X1).</summary>
    NotApplicable = 3,

    /// <summary>The measure gives support other than money; the decision names the channels and the lead unit.</summary>
    NonMonetary = 4,

    /// <summary>The text leaves the result to a person: an amount it does not fix, a tie at a boundary, a field it does not list.</summary>
    NeedsReview = 5,

    /// <summary>The record cannot be decided: every problem is listed in <see cref="Decision.Problems"/>.</summary>
    Invalid = 6,
}
