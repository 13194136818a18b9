using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ChongqingServicePolicy.Cli.Report;

/// <summary>
/// Builds an HTML document in which text can only enter escaped: in <c>html.Add($"&lt;td&gt;{name}&lt;/td&gt;")</c> the
/// literal parts are markup written by this program and every hole is text, escaped for an element or a quoted
/// attribute alike. Markup built elsewhere enters only as <see cref="SafeHtml"/>, which nothing but this class makes.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder _text = new(1 << 16);

    internal StringBuilder Builder => _text;

    /// <summary>Appends markup with escaped holes.</summary>
    internal Html Add([InterpolatedStringHandlerArgument("")] HtmlHandler handler) => this;

    /// <summary>Appends text, escaped.</summary>
    internal Html Text(string? text)
    {
        Escape(_text, text);
        return this;
    }

    /// <summary>Markup made from a fragment built with the same rules, so it can be placed inside another.</summary>
    internal static SafeHtml Fragment(Action<Html> build)
    {
        var html = new Html();
        build(html);
        return new SafeHtml(html.ToString());
    }

    /// <summary>The text escaped for an element's content or a quoted attribute value.</summary>
    internal static string Escape(string? text)
    {
        var sb = new StringBuilder(text?.Length ?? 0);
        Escape(sb, text);
        return sb.ToString();
    }

    public override string ToString() => _text.ToString();

    private static void Escape(StringBuilder sb, string? text)
    {
        if (text is null)
        {
            return;
        }

        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n': sb.Append(c); break;
                case '\r': break;

                // Control characters are not allowed in HTML text; show that something was there.
                case < ' ' or '\u007f': sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }
    }

    /// <summary>Writes the literal parts of an interpolated string as markup and every hole escaped.</summary>
    [InterpolatedStringHandler]
    internal readonly ref struct HtmlHandler
    {
        private readonly StringBuilder _sb;

        public HtmlHandler(int literalLength, int formattedCount, Html html)
        {
            _ = literalLength;
            _ = formattedCount;
            _sb = html._text;
        }

        public void AppendLiteral(string markup) => _sb.Append(markup);

        public void AppendFormatted(string? text) => Escape(_sb, text);

        public void AppendFormatted(SafeHtml markup) => _sb.Append(markup.Markup);

        public void AppendFormatted(int value) => _sb.Append(value.ToString(CultureInfo.InvariantCulture));

        public void AppendFormatted(long value) => _sb.Append(value.ToString(CultureInfo.InvariantCulture));

        /// <summary>A number, invariant; SVG coordinates are written to two decimals at most.</summary>
        public void AppendFormatted(decimal value, string? format = null) =>
            _sb.Append(value.ToString(format ?? "0.##", CultureInfo.InvariantCulture));
    }
}
