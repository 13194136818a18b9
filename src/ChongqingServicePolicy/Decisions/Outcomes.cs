namespace ChongqingServicePolicy.Decisions;

/// <summary>The stable text codes of <see cref="Outcome"/> values, as <c>decisions.csv</c> and decision records write them.</summary>
public static class Outcomes
{
    /// <summary>The stable code: <c>Eligible</c>, <c>Ineligible</c>, <c>NotApplicable</c>, <c>NonMonetary</c>, <c>NeedsReview</c> or <c>Invalid</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this Outcome outcome) => outcome switch
    {
        Outcome.Eligible => "Eligible",
        Outcome.Ineligible => "Ineligible",
        Outcome.NotApplicable => "NotApplicable",
        Outcome.NonMonetary => "NonMonetary",
        Outcome.NeedsReview => "NeedsReview",
        Outcome.Invalid => "Invalid",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };

    /// <summary>Parses a stable code back into the outcome.</summary>
    /// <param name="code">The code, exactly as <see cref="ToCode(Outcome)"/> writes it.</param>
    /// <param name="outcome">The outcome when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryParse(string? code, out Outcome outcome) => Table.TryParse(code, out outcome);

    internal static Internal.CodeTable<Outcome> Table { get; } = new(ToCode);
}
