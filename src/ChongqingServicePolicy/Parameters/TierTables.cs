using System.Collections.Immutable;

namespace ChongqingServicePolicy.Parameters;

/// <summary>Checks shared by tables indexed by tier (tier 1 is element 0).</summary>
internal static class TierTables
{
    internal static void Validate(
        ParameterErrors errors, string path, ImmutableArray<decimal> table, decimal min, decimal max, string what)
    {
        if (table.IsDefaultOrEmpty)
        {
            errors.Add(path, "must define at least tier 1");
            return;
        }

        for (var i = 0; i < table.Length; i++)
        {
            errors.Within($"{path}.{i + 1}", table[i], min, max, what);
            if (i > 0 && table[i] > table[i - 1])
            {
                errors.Add($"{path}.{i + 1}", $"must not exceed tier {i} ({ParameterErrors.Format(table[i - 1])}), got {ParameterErrors.Format(table[i])}");
            }
        }
    }
}
