using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Rules;

/// <summary>
/// A measure that gives support other than money. A valid application dated within the policy's validity gets a
/// <see cref="Outcome.NonMonetary"/> decision naming the channels of support and the lead unit, unless the
/// record shows it fails the clause's condition.
/// </summary>
/// <remarks>
/// The condition most of these clauses share is that the beneficiary is in producer services: a record that
/// states <c>producer_service</c> false is ineligible, and a record that leaves it blank is not refused for it.
/// </remarks>
[System.Runtime.CompilerServices.SkipLocalsInit] // No method of a rule reads a local before writing it; see TraceBuilder.
public abstract class NonMonetaryMeasureRule : MeasureRule
{
    private protected NonMonetaryMeasureRule(MeasureInfo info, PolicyParameters parameters, DistrictRegistry districts)
        : base(info, parameters, districts)
    {
    }

    /// <summary>Whether a record stating <c>producer_service</c> false is ineligible.</summary>
    private protected virtual bool RequiresProducerService => true;

    private protected override void ValidateFacts(ApplicationRecord record, ref ProblemList problems)
    {
        // Non-monetary clauses need no fact beyond the common fields; a measure that does overrides this.
    }

    private protected override RuleResult Decide(ApplicationRecord record, ref TraceBuilder trace)
    {
        if (RequiresProducerService && record.ProducerService is { } producerService && !RequireFlag(ref trace, RecordField.ProducerService, producerService))
        {
            return RuleResult.Ineligible(ReasonCode.NotProducerService);
        }

        return Supported(ref trace);
    }

    /// <summary>Adds the step naming the channels and lead unit, and returns the non-monetary result.</summary>
    private protected RuleResult Supported(ref TraceBuilder trace)
    {
        trace.Add(TraceCode.NonMonetarySupport, Clause, RecordField.Record, true, false, default);
        return new RuleResult(Outcome.NonMonetary, 0m, ReasonCode.NonMonetarySupport);
    }
}
