namespace ChongqingServicePolicy.Decisions;

/// <summary>The stable text codes of <see cref="SuppressionKind"/> values.</summary>
public static class SuppressionKinds
{
    /// <summary>The stable kebab-case code: <c>none</c>, <c>superseded-by-higher</c> or <c>superseded-by-other-policy</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this SuppressionKind kind) => kind switch
    {
        SuppressionKind.None => "none",
        SuppressionKind.SupersededByHigher => "superseded-by-higher",
        SuppressionKind.SupersededByOtherPolicy => "superseded-by-other-policy",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown suppression kind."),
    };

    /// <summary>Parses a stable code back into the kind.</summary>
    /// <param name="code">The code, exactly as <see cref="ToCode(SuppressionKind)"/> writes it.</param>
    /// <param name="kind">The kind when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryParse(string? code, out SuppressionKind kind) => Table.TryParse(code, out kind);

    internal static Internal.CodeTable<SuppressionKind> Table { get; } = new(ToCode);
}
