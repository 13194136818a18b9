namespace ChongqingServicePolicy.Decisions;

/// <summary>The stable text codes of <see cref="TraceComparison"/> values.</summary>
public static class TraceComparisons
{
    /// <summary>The stable kebab-case code, e.g. <c>greater-or-equal</c>.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this TraceComparison comparison) => comparison switch
    {
        TraceComparison.None => "none",
        TraceComparison.IsTrue => "is-true",
        TraceComparison.Equal => "equal",
        TraceComparison.GreaterThan => "greater-than",
        TraceComparison.GreaterOrEqual => "greater-or-equal",
        TraceComparison.Within => "within",
        TraceComparison.Product => "product",
        TraceComparison.Ceiling => "ceiling",
        TraceComparison.Lookup => "lookup",
        TraceComparison.RoundDown => "round-down",
        TraceComparison.Replace => "replace",
        TraceComparison.AtMost => "at-most",
        TraceComparison.Distance => "distance",
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison."),
    };

    /// <summary>Parses a stable code back into the comparison.</summary>
    /// <param name="code">The code, exactly as <see cref="ToCode(TraceComparison)"/> writes it.</param>
    /// <param name="comparison">The comparison when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryParse(string? code, out TraceComparison comparison) => Table.TryParse(code, out comparison);

    internal static Internal.CodeTable<TraceComparison> Table { get; } = new(ToCode);
}
