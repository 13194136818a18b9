namespace ChongqingServicePolicy.Csv;

/// <summary>Makes text safe to put in a cell that a spreadsheet will open (CSV-CONTRACT.md, "decisions.csv").</summary>
public static class SpreadsheetText
{
    /// <summary>
    /// Escapes a cell against formula injection: text starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
    /// or a carriage return gets a leading apostrophe, which spreadsheets show as text and do not run.
    /// </summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The text, escaped when it needs to be.</returns>
    public static string EscapeFormula(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NeedsEscape(text) ? "'" + text : text;
    }

    /// <summary>Whether a cell's text would be taken as a formula.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when it starts with a formula trigger.</returns>
    public static bool NeedsEscape(ReadOnlySpan<char> text) =>
        !text.IsEmpty && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
