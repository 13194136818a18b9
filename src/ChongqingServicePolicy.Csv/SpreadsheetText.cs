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

    /// <summary>The mark a line break inside a cell's text is shown as when the text must stay on one line.</summary>
    public const string LineBreakMark = "↵";

    /// <summary>
    /// Keeps text on one line: every line break in it (CR, LF, CR LF, NEL, the Unicode line and paragraph separators,
    /// vertical tab, form feed) becomes <see cref="LineBreakMark"/>, so a value quoted back is still visible but a
    /// reader splitting on lines sees one line.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text on one line; the same instance when it has no line break.</returns>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(LineBreaks) < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (LineBreaks.Contains(c))
            {
                builder.Append(LineBreakMark);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private const string LineBreaks = "\r\n\u0085\u2028\u2029\v\f";
}
