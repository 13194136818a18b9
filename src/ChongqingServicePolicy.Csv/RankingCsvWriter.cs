using System.Collections.Immutable;
using System.Globalization;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Ranking;
using nietras.SeparatedValues;

namespace ChongqingServicePolicy.Csv;

/// <summary>
/// Writes ranking.csv (CSV-CONTRACT.md): district_code, rank, score, outcome, award_yuan. Districts ranked come
/// first in rank order; rows of the year that could not be ranked follow as <c>Invalid</c> with rank and score blank.
/// </summary>
public static class RankingCsvWriter
{
    /// <summary>The columns of ranking.csv, in order.</summary>
    public static readonly ImmutableArray<string> Columns = ["district_code", "rank", "score", "outcome", "award_yuan"];

    /// <summary>The number of decimals a score is written with.</summary>
    public const int ScoreDecimals = 6;

    /// <summary>Writes a ranking and the rows that could not take part.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="ranking">The ranking.</param>
    /// <param name="unreadable">Rows of the file whose cells could not be read (their district as given).</param>
    public static void Write(TextWriter writer, DistrictRanking ranking, IEnumerable<DistrictStatisticsRow> unreadable)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(unreadable);
        using var sep = Sep.New(',').Writer(o => o with { Escape = true }).To(writer, leaveOpen: true);
        sep.Header.Add(Columns.AsSpan());
        sep.Header.Write();
        foreach (var entry in ranking.Entries)
        {
            using var r = sep.NewRow();
            r[0].Set(entry.DistrictCode.ToString(CultureInfo.InvariantCulture));
            r[1].Set(entry.Rank.ToString(CultureInfo.InvariantCulture));
            r[2].Set(Score(entry.Score));
            r[3].Set(entry.Outcome.ToString());
            r[4].Set(DecisionCsvWriter.Money(entry.AwardYuan));
        }

        foreach (var rejected in ranking.Rejected)
        {
            Invalid(sep, rejected.Statistics.DistrictCode.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var row in unreadable)
        {
            Invalid(sep, SpreadsheetText.EscapeFormula(row.DistrictText));
        }
    }

    /// <summary>A score as ranking.csv writes it: <see cref="ScoreDecimals"/> decimals, invariant culture.</summary>
    /// <param name="score">The score.</param>
    /// <returns>The text.</returns>
    public static string Score(decimal score) => Math.Round(score, ScoreDecimals, MidpointRounding.ToEven).ToString("0.000000", CultureInfo.InvariantCulture);

    private static void Invalid(SepWriter sep, string district)
    {
        using var r = sep.NewRow();
        r[0].Set(district);
        r[1].Set(string.Empty);
        r[2].Set(string.Empty);
        r[3].Set(nameof(Outcome.Invalid));
        r[4].Set(DecisionCsvWriter.Money(0m));
    }
}
