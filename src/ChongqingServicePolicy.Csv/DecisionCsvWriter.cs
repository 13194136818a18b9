using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ChongqingServicePolicy.Decisions;
using nietras.SeparatedValues;

namespace ChongqingServicePolicy.Csv;

/// <summary>
/// Writes decisions.csv (CSV-CONTRACT.md): one row per input row, in input order, amounts to two decimals in the
/// invariant culture, and every text cell escaped against formula injection.
/// </summary>
public sealed class DecisionCsvWriter : IDisposable
{
    /// <summary>The columns of decisions.csv, in order.</summary>
    public static readonly ImmutableArray<string> Columns = ["application_id", "measure", "outcome", "award_yuan", "payable_yuan", "reason", "explanation"];

    private readonly SepWriter _writer;
    private readonly Language _language;

    /// <summary>Starts writing, header first.</summary>
    /// <param name="writer">Where to write; UTF-8 with a byte order mark is what spreadsheets open correctly.</param>
    /// <param name="language">The language of the explanations.</param>
    public DecisionCsvWriter(TextWriter writer, Language language)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _language = language;
        _writer = Sep.New(',').Writer(o => o with { Escape = true }).To(writer, leaveOpen: true);
        _writer.Header.Add(Columns.AsSpan());
        _writer.Header.Write();
    }

    /// <summary>The encoding files are written in: UTF-8 with a byte order mark, so Excel shows Chinese text correctly.</summary>
    public static Encoding FileEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes the row of one decision.</summary>
    /// <param name="row">The input row.</param>
    /// <param name="decision">Its decision.</param>
    public void Write(ApplicationRow row, Decision decision)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(decision);
        using var r = _writer.NewRow();
        r[0].Set(SpreadsheetText.EscapeFormula(row.ApplicationId));
        r[1].Set(SpreadsheetText.EscapeFormula(row.MeasureText));
        r[2].Set(decision.Outcome.ToString());
        r[3].Set(Money(decision.AwardYuan));
        r[4].Set(Money(decision.PayableYuan));
        r[5].Set(decision.Reason.ToCode());
        r[6].Set(SpreadsheetText.EscapeFormula(Explanation(row, decision, _language)));
    }

    /// <summary>Flushes what is buffered.</summary>
    public void Flush() => _writer.Flush();

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();

    /// <summary>An amount as the files write it: two decimals, invariant culture.</summary>
    /// <param name="yuan">The amount.</param>
    /// <returns>The text, e.g. <c>1234567.80</c>.</returns>
    public static string Money(decimal yuan) => yuan.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// The one-line explanation of a row's decision; invalid rows start with the spreadsheet row number. Line breaks in
    /// values quoted from the input are shown as <see cref="SpreadsheetText.LineBreakMark"/>, so the explanation is one line.
    /// </summary>
    /// <param name="row">The input row.</param>
    /// <param name="decision">Its decision.</param>
    /// <param name="language">The language.</param>
    /// <returns>The explanation.</returns>
    public static string Explanation(ApplicationRow row, Decision decision, Language language)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Outcome != Outcome.Invalid)
        {
            return SpreadsheetText.OneLine(decision.Summarize(language));
        }

        var where = language == Language.Chinese
            ? $"第 {row.RowNumber.ToString(CultureInfo.InvariantCulture)} 行："
            : $"Row {row.RowNumber.ToString(CultureInfo.InvariantCulture)}: ";
        return SpreadsheetText.OneLine(where + decision.Summarize(language));
    }
}
