using System.Collections.Immutable;
using System.Globalization;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Rules;

/// <summary>Checks a record's tier against a tier table of the parameters.</summary>
internal static class Tiers
{
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
