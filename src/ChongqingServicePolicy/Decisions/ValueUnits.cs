namespace ChongqingServicePolicy.Decisions;

/// <summary>The stable text codes of <see cref="ValueUnit"/> values.</summary>
public static class ValueUnits
{
    /// <summary>The stable kebab-case code, e.g. <c>yuan</c> or <c>district-code</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The code.</returns>
    public static string ToCode(this ValueUnit unit) => unit switch
    {
        ValueUnit.None => "none",
        ValueUnit.Yuan => "yuan",
        ValueUnit.Rate => "rate",
        ValueUnit.Count => "count",
        ValueUnit.Date => "date",
        ValueUnit.Flag => "flag",
        ValueUnit.DistrictCode => "district-code",
        ValueUnit.Grade => "grade",
        ValueUnit.PlatformField => "platform-field",
        ValueUnit.Tier => "tier",
        ValueUnit.Rank => "rank",
        ValueUnit.Score => "score",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown unit."),
    };

    /// <summary>Parses a stable code back into the unit.</summary>
    /// <param name="code">The code, exactly as <see cref="ToCode(ValueUnit)"/> writes it.</param>
    /// <param name="unit">The unit when the code is known.</param>
    /// <returns><see langword="true"/> when the code is known.</returns>
    public static bool TryParse(string? code, out ValueUnit unit) => Table.TryParse(code, out unit);

    internal static Internal.CodeTable<ValueUnit> Table { get; } = new(ToCode);
}
