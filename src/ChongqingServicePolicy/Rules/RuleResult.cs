using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Rules;

/// <summary>What a measure's own logic concluded, before rules X6 (override) and X4 (rounding) are applied.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="CeilingYuan">The unrounded ceiling for an eligible (or reviewable) record; 0 otherwise.</param>
/// <param name="Reason">Why.</param>
internal readonly record struct RuleResult(Outcome Outcome, decimal CeilingYuan, ReasonCode Reason)
{
    /// <summary>An eligible result with its unrounded ceiling.</summary>
    /// <param name="ceilingYuan">The ceiling.</param>
    /// <param name="reason">Which limit produced it.</param>
    /// <returns>The result.</returns>
    public static RuleResult Eligible(decimal ceilingYuan, ReasonCode reason) => new(Outcome.Eligible, ceilingYuan, reason);

    /// <summary>An ineligible result.</summary>
    /// <param name="reason">The condition not met.</param>
    /// <returns>The result.</returns>
    public static RuleResult Ineligible(ReasonCode reason) => new(Outcome.Ineligible, 0m, reason);
}
