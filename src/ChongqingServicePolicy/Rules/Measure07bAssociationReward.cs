using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// （七） second part, 7b: "给予行业协会一定奖励，支持用于培育行业龙头企业、具有行业示范带动作用的标志性项目及品牌。"
/// </summary>
/// <remarks>
/// The text promises "一定奖励" without an amount, so every valid application dated within the policy's
/// validity needs review; the decision states the purpose the reward is for.
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public sealed class Measure07bAssociationReward : MeasureRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="info">The measure's catalogue entry.</param>
    /// <param name="parameters">The parameter set.</param>
    /// <param name="districts">The district registry.</param>
    public Measure07bAssociationReward(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
    }

    private protected override void ValidateFacts(ApplicationRecord record, ref ProblemList problems)
    {
        // The clause names no fact a record could show beyond the common fields.
    }

    private protected override RuleResult Decide(ApplicationRecord record, ref TraceBuilder trace)
    {
        trace.Add(TraceCode.AmountNotFixed, Clause, RecordField.Record, true, false, default);
        return new RuleResult(Outcome.NeedsReview, 0m, ReasonCode.AmountNotFixed);
    }
}
