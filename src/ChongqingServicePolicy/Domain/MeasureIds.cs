using System.Collections.Immutable;

namespace ChongqingServicePolicy.Domain;

/// <summary>Conversions between <see cref="MeasureId"/> and the contract's text form.</summary>
public static class MeasureIds
{
    /// <summary>Every measure, in clause order: 1–6, 7a–7d, 8–16.</summary>
    public static ImmutableArray<MeasureId> All { get; } =
    [
        MeasureId.Measure1, MeasureId.Measure2, MeasureId.Measure3, MeasureId.Measure4, MeasureId.Measure5,
        MeasureId.Measure6, MeasureId.Measure7a, MeasureId.Measure7b, MeasureId.Measure7c, MeasureId.Measure7d,
        MeasureId.Measure8, MeasureId.Measure9, MeasureId.Measure10, MeasureId.Measure11, MeasureId.Measure12,
        MeasureId.Measure13, MeasureId.Measure14, MeasureId.Measure15, MeasureId.Measure16,
    ];

    /// <summary>The contract's code for a measure: <c>1</c>…<c>16</c>, or <c>7a</c>…<c>7d</c>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The normalised code.</returns>
    public static string ToCode(this MeasureId measure) => measure switch
    {
        MeasureId.Measure1 => "1",
        MeasureId.Measure2 => "2",
        MeasureId.Measure3 => "3",
        MeasureId.Measure4 => "4",
        MeasureId.Measure5 => "5",
        MeasureId.Measure6 => "6",
        MeasureId.Measure7a => "7a",
        MeasureId.Measure7b => "7b",
        MeasureId.Measure7c => "7c",
        MeasureId.Measure7d => "7d",
        MeasureId.Measure8 => "8",
        MeasureId.Measure9 => "9",
        MeasureId.Measure10 => "10",
        MeasureId.Measure11 => "11",
        MeasureId.Measure12 => "12",
        MeasureId.Measure13 => "13",
        MeasureId.Measure14 => "14",
        MeasureId.Measure15 => "15",
        MeasureId.Measure16 => "16",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown measure."),
    };

    /// <summary>
    /// Parses the contract's code. Surrounding white space is ignored and <c>7A</c> is read as <c>7a</c>.
    /// </summary>
    /// <param name="text">The code, e.g. <c>1</c> or <c>7c</c>.</param>
    /// <param name="measure">The measure when the code is known.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names a measure.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out MeasureId measure)
    {
        text = text.Trim();
        foreach (var candidate in All)
        {
            if (text.Equals(candidate.ToCode(), StringComparison.OrdinalIgnoreCase))
            {
                measure = candidate;
                return true;
            }
        }

        measure = default;
        return false;
    }

    /// <summary>Whether a value is one of the defined measures.</summary>
    /// <param name="measure">The value to check.</param>
    /// <returns><see langword="true"/> for a defined measure.</returns>
    public static bool IsDefined(this MeasureId measure) =>
        measure >= MeasureId.Measure1 && measure <= MeasureId.Measure16;

    /// <summary>The codes both ways, for readers of files; built on first use, so deciding never builds it.</summary>
    internal static Internal.CodeTable<MeasureId> Table => Codes.Table;

    private static class Codes
    {
        internal static readonly Internal.CodeTable<MeasureId> Table = new(ToCode);
    }
}
