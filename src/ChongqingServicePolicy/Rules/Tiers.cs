using System.Collections.Immutable;
using System.Globalization;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Rules;

/// <summary>Checks a record's tier against a tier table of the parameters, and names the tier above it.</summary>
internal static class Tiers
{
    /// <summary>
    /// Adds what would change a tier's award: the tier above it with that tier's award, or, for tier 1, that it is the
    /// top tier.
    /// </summary>
    internal static void AddNextTier(ref TraceBuilder trace, Catalogue.PolicyClause clause, RecordField field, int tier, ImmutableArray<decimal> table)
    {
        if (tier <= 1)
        {
            trace.Add(TraceCode.TopTier, clause, field, true, false, TraceValue.Of(tier, ValueUnit.Tier));
        }
        else
        {
            trace.Add(TraceCode.NextTier, clause, field, true, false, TraceValue.Of(tier, ValueUnit.Tier), TraceValue.Of(tier - 1, ValueUnit.Tier), TraceValue.Yuan(table[tier - 2]));
        }
    }

    internal static void Check(int? tier, RecordField field, ImmutableArray<decimal> table, ref ProblemList problems)
    {
        if (tier is null)
        {
            problems.Required(field);
        }
        else if (tier < 1 || tier > table.Length)
        {
            problems.Add(field, tier.Value.ToString(CultureInfo.InvariantCulture), ProblemCode.TierOutOfRange, table.Length == 1 ? "1" : $"1–{table.Length}");
        }
    }
}
