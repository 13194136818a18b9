namespace ChongqingServicePolicy.Audit;

/// <summary>One field whose recorded value differs from the value found on replay.</summary>
/// <param name="Field">
/// The field's JSON path in the record, e.g. <c>decision.award_yuan</c>, <c>decision.trace[3].values.left</c> or
/// <c>parameters.measures.1.cap_yuan</c>; <c>explanation_zh[n]</c> names line n (from 0) of the explanation.
/// </param>
/// <param name="Recorded">The recorded value in invariant text; <see langword="null"/> when the record has none.</param>
/// <param name="Replayed">The value found on replay; <see langword="null"/> when replay gives none.</param>
public sealed record ReplayDifference(string Field, string? Recorded, string? Replayed)
{
    /// <summary>The difference on one line: <c>field recorded → replayed</c>, with <c>(none)</c> for a missing value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Field} {Show(Recorded)} → {Show(Replayed)}";

    private static string Show(string? value) =>
        value is null ? "(none)" : value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
