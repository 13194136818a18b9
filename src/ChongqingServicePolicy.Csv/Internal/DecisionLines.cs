using System.Buffers;
using System.Globalization;
using System.Text;
using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// Writes the lines of decisions.csv straight into a UTF-8 buffer, with the bytes <see cref="DecisionCsvWriter"/>
/// writes: the same cells, the same formula escape and one-line explanations, quoted when a cell holds a comma, a
/// quote or a line break, and lines ended by <see cref="Environment.NewLine"/>. The explanation is rendered into a
/// reused buffer, so a line costs no strings of its own. One instance per thread.
/// </summary>
internal sealed class DecisionLines
{
    private const string LineBreakChars = "\r\n\u0085\u2028\u2029\v\f";

    private static readonly SearchValues<char> LineBreaksOrQuote = SearchValues.Create(LineBreakChars + "\"");

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private readonly Language _language;
    private readonly string _separator;
    private readonly StringBuilder _explanation = new(1024);
    private char[] _line = new char[2048];
    private int _length;

    internal DecisionLines(Language language)
    {
        _language = language;
        _separator = language == Language.Chinese ? "；" : "; ";
    }

    /// <summary>The byte order mark and the header line.</summary>
    internal static byte[] Header()
    {
        var text = string.Join(",", DecisionCsvWriter.Columns) + Environment.NewLine;
        return [.. DecisionCsvWriter.FileEncoding.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
    }

    /// <summary>Appends the line of one decision to <paramref name="output"/>.</summary>
    internal void Write(ApplicationRow row, Decision decision, IBufferWriter<byte> output)
    {
        _length = 0;
        Cell(row.ApplicationId);
        Put(',');
        Cell(row.MeasureText);
        Put(',');
        Put(OutcomeName(decision.Outcome));
        Put(',');
        Money(decision.AwardYuan);
        Put(',');
        Money(decision.PayableYuan);
        Put(',');
        Put(decision.Reason.ToCode());
        Put(',');
        Explanation(row, decision);
        Put(Environment.NewLine);

        var line = _line.AsSpan(0, _length);
        var bytes = output.GetSpan(Encoding.UTF8.GetMaxByteCount(line.Length));
        output.Advance(Encoding.UTF8.GetBytes(line, bytes));
    }

    /// <summary>An amount as <see cref="DecisionCsvWriter.Money"/> writes it.</summary>
    internal static bool TryFormatMoney(decimal yuan, Span<char> destination, out int written)
    {
        if (decimal.IsNegative(yuan) || yuan.Scale > 2 || yuan >= 100_000_000_000_000m)
        {
            return yuan.TryFormat(destination, out written, "0.00", CultureInfo.InvariantCulture);
        }

        var fen = (ulong)(yuan * 100m);
        if (!(fen / 100).TryFormat(destination, out written, default, CultureInfo.InvariantCulture) || destination.Length < written + 3)
        {
            return false;
        }

        var cents = (int)(fen % 100);
        destination[written] = '.';
        destination[written + 1] = (char)('0' + (cents / 10));
        destination[written + 2] = (char)('0' + (cents % 10));
        written += 3;
        return true;
    }

    private static string OutcomeName(Outcome outcome) => outcome switch
    {
        Outcome.Eligible => nameof(Outcome.Eligible),
        Outcome.Ineligible => nameof(Outcome.Ineligible),
        Outcome.NotApplicable => nameof(Outcome.NotApplicable),
        Outcome.NonMonetary => nameof(Outcome.NonMonetary),
        Outcome.NeedsReview => nameof(Outcome.NeedsReview),
        Outcome.Invalid => nameof(Outcome.Invalid),
        _ => outcome.ToString(),
    };

    /// <summary>A text cell from the input: escaped against formulas, then quoted if it must be.</summary>
    private void Cell(string text)
    {
        var apostrophe = SpreadsheetText.NeedsEscape(text);
        if (text.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            if (apostrophe)
            {
                Put('\'');
            }

            Put(text);
            return;
        }

        Ensure(text.Length * 2 + 3);
        _line[_length++] = '"';
        if (apostrophe)
        {
            _line[_length++] = '\'';
        }

        foreach (var c in text)
        {
            _line[_length++] = c;
            if (c == '"')
            {
                _line[_length++] = '"';
            }
        }

        _line[_length++] = '"';
    }

    /// <summary>The explanation: on one line (as <see cref="SpreadsheetText.OneLine"/>), escaped against formulas, quoted if it must be.</summary>
    private void Explanation(ApplicationRow row, Decision decision)
    {
        var sb = _explanation.Clear();
        if (decision.Outcome == Outcome.Invalid)
        {
            var number = row.RowNumber.ToString(CultureInfo.InvariantCulture);
            if (_language == Language.Chinese)
            {
                sb.Append("第 ").Append(number).Append(" 行：");
            }
            else
            {
                sb.Append("Row ").Append(number).Append(": ");
            }
        }

        DecisionText.Explain(decision, _language, _separator, sb);

        // Room for the text with every character doubled, the quotes and the apostrophe.
        var length = sb.Length;
        Ensure((length * 2) + 3);
        var start = _length;
        var text = _line.AsSpan(start + 2, length);
        sb.CopyTo(0, text, length);
        var special = text.IndexOfAny(LineBreaksOrQuote);

        // A line break never starts the text once it is a mark, so only the other triggers need the apostrophe.
        var apostrophe = length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t';
        if (special < 0)
        {
            var quoted = text.Contains(',');
            var at = start;
            if (quoted)
            {
                _line[at++] = '"';
            }

            if (apostrophe)
            {
                _line[at++] = '\'';
            }

            text.CopyTo(_line.AsSpan(at));
            at += length;
            if (quoted)
            {
                _line[at++] = '"';
            }

            _length = at;
            return;
        }

        // Rare: line breaks to mark, quotes to double. Work from a copy, since the result may be longer.
        var source = text.ToArray();
        var mapped = new StringBuilder(length + 8);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (LineBreakChars.Contains(c))
            {
                mapped.Append(SpreadsheetText.LineBreakMark);
                if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                mapped.Append(c);
            }
        }

        var one = mapped.ToString();
        _length = start;
        var needsQuotes = one.AsSpan().IndexOfAny(NeedsQuotes) >= 0;
        if (needsQuotes)
        {
            Put('"');
        }

        if (apostrophe)
        {
            Put('\'');
        }

        Ensure((one.Length * 2) + 1);
        foreach (var c in one)
        {
            _line[_length++] = c;
            if (c == '"' && needsQuotes)
            {
                _line[_length++] = '"';
            }
        }

        if (needsQuotes)
        {
            Put('"');
        }
    }

    private void Money(decimal yuan)
    {
        Ensure(64);
        if (!TryFormatMoney(yuan, _line.AsSpan(_length), out var written))
        {
            Put(DecisionCsvWriter.Money(yuan));
            return;
        }

        _length += written;
    }

    private void Put(char c)
    {
        Ensure(1);
        _line[_length++] = c;
    }

    private void Put(string text)
    {
        Ensure(text.Length);
        text.CopyTo(_line.AsSpan(_length));
        _length += text.Length;
    }

    private void Ensure(int more)
    {
        if (_length + more > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(_line.Length * 2, _length + more));
        }
    }
}
