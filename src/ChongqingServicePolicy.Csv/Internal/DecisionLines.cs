using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Csv.Internal;

/// <summary>
/// Writes the lines of decisions.csv straight into a UTF-8 buffer, with the bytes <see cref="DecisionCsvWriter"/>
/// writes: the same cells, the same formula escape and one-line explanations, quoted when a cell holds a comma, a
/// quote or a line break, and lines ended by <see cref="Environment.NewLine"/>. The explanation is rendered into a
/// reused buffer as UTF-8 and copied from there, so a line costs no strings of its own. One instance per thread.
/// </summary>
internal sealed class DecisionLines
{
    private const string LineBreakChars = "\r\n\u0085\u2028\u2029\v\f";

    /// <summary>What makes an explanation take the slow path: a quote or a line break, ASCII ones here...</summary>
    private static readonly SearchValues<char> AsciiLineBreaksOrQuote = SearchValues.Create("\r\n\v\f\"");

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);

    private readonly Language _language;
    private readonly string _separator;
    private readonly Utf8Text _utf8;
    private readonly byte[] _mark = Encoding.UTF8.GetBytes(SpreadsheetText.LineBreakMark);
    private StringBuilder? _explanation;
    private Utf8Text? _tail;
    private readonly byte[]?[] _reasons = new byte[]?[64];
    private char[] _chars = new char[1024];
    private byte[] _encoded = [];
    private IBufferWriter<byte> _output = null!;

    internal DecisionLines(Language language)
    {
        _language = language;
        _separator = language == Language.Chinese ? "；" : "; ";
        _utf8 = new Utf8Text(_separator, 2048, rememberValues: true);
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
        _output = output;
        Leading(row, decision);
        MoneyCell(decision.PayableYuan);
        BytesCell(Reason(decision.Reason));
        Explanation(row, decision, out _);
        Bytes(NewLine);
        _output = null!;
    }

    /// <summary>The cells every line begins with, which 就高不重复 does not change: id, measure, outcome and award.</summary>
    private void Leading(ApplicationRow row, Decision decision)
    {
        Cell(row.ApplicationId);
        Cell(row.MeasureText);
        BytesCell(OutcomeName(decision.Outcome));
        MoneyCell(decision.AwardYuan);
    }

    /// <summary>
    /// Appends the line of one decision to <paramref name="output"/>, telling where its parts are, so that
    /// <see cref="WriteResolved"/> can give the line 就高不重复's result later without deciding or rendering the row again.
    /// </summary>
    internal void Write(ApplicationRow row, Decision decision, ArrayBufferWriter<byte> output, out LineLayout layout)
    {
        var start = output.WrittenCount;
        _output = output;
        Leading(row, decision);
        var payableAt = output.WrittenCount - start;
        MoneyCell(decision.PayableYuan);
        BytesCell(Reason(decision.Reason));
        var cellAt = output.WrittenCount - start;
        Explanation(row, decision, out var parts);
        Bytes(NewLine);
        _output = null!;
        layout = parts.Patchable
            ? new LineLayout(payableAt, cellAt + parts.MiddleStart, cellAt + parts.MiddleEnd, parts.MiddleQuotes, true)
            : default;
    }

    /// <summary>
    /// The parts of the line <see cref="Write(ApplicationRow, Decision, ArrayBufferWriter{byte}, out LineLayout)"/> wrote
    /// for a decision that 就高不重复 changes: from the payable amount to the explanation's heading, and after the
    /// explanation's middle (its steps and problems, escaped, which stay as they are).
    /// </summary>
    /// <param name="outcome">The decision's outcome.</param>
    /// <param name="award">Its award ceiling.</param>
    /// <param name="payable">Its payable amount after 就高不重复.</param>
    /// <param name="reason">Its reason after 就高不重复.</param>
    /// <param name="info">Its catalogue entry.</param>
    /// <param name="nonDuplication">How 就高不重复 applied.</param>
    /// <param name="middleQuotes">Whether the explanation's middle holds a comma or a quote.</param>
    /// <param name="output">
    /// Gets the bytes that replace the line's from the payable amount to the end of the heading, then those that replace
    /// the line's after the middle, line end included.
    /// </param>
    /// <param name="firstLength">The length of the first of the two parts; the second is the rest of what was written.</param>
    internal void WriteResolved(
        Outcome outcome, decimal award, decimal payable, ReasonCode reason, MeasureInfo? info, NonDuplication nonDuplication, bool middleQuotes,
        ArrayBufferWriter<byte> output, out int firstLength)
    {
        var heading = _utf8;
        heading.Clear();
        DecisionText.Heading(outcome, reason, award, payable, info, _language, heading);
        var tail = _tail ??= new Utf8Text(_separator, 256, rememberValues: true);
        tail.Clear();
        DecisionText.Explain(nonDuplication, _language, tail);
        var head = heading.Written;
        var rest = tail.Written;
        if (heading.Lossy || tail.Lossy)
        {
            // A lone surrogate (in another row's id, say), which encoding piece by piece may render otherwise than the
            // whole text: both parts are rendered as characters and each encoded at once, as a line written whole
            // encodes them. The middle and the tail begin with a separator, so no pair of surrogates spans two parts.
            var chars = (_explanation ??= new StringBuilder(1024)).Clear();
            DecisionText.Heading(outcome, reason, award, payable, info, _language, chars);
            var headingChars = chars.Length;
            DecisionText.Explain(nonDuplication, _language, _separator, chars);
            var text = Chars(chars);
            var most = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (_encoded.Length < most)
            {
                _encoded = new byte[Math.Max(most, _encoded.Length * 2)];
            }

            var headBytes = Encoding.UTF8.GetBytes(text[..headingChars], _encoded);
            var restBytes = Encoding.UTF8.GetBytes(text[headingChars..], _encoded.AsSpan(headBytes));
            head = _encoded.AsSpan(0, headBytes);
            rest = _encoded.AsSpan(headBytes, restBytes);
        }

        var quoted = middleQuotes || head.IndexOfAny((byte)',', (byte)'"') >= 0 || rest.IndexOfAny((byte)',', (byte)'"') >= 0;
        var apostrophe = head.Length > 0 && head[0] is (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)'\t';
        var start = output.WrittenCount;
        _output = output;
        MoneyCell(payable);
        BytesCell(Reason(reason));
        var span = output.GetSpan((head.Length * 3) + 2);
        var at = OpenCell(span, quoted, apostrophe);
        Escape(head, span, ref at);
        output.Advance(at);
        firstLength = output.WrittenCount - start;
        span = output.GetSpan((rest.Length * 3) + 1 + NewLine.Length);
        at = 0;
        Escape(rest, span, ref at);
        if (quoted)
        {
            span[at++] = (byte)'"';
        }

        NewLine.CopyTo(span[at..]);
        output.Advance(at + NewLine.Length);
        _output = null!;
    }

    /// <summary>An amount as <see cref="DecisionCsvWriter.Money"/> writes it, in UTF-8.</summary>
    internal static bool TryFormatMoney(decimal yuan, Span<byte> destination, out int written)
    {
        if (!Utf8Text.TryFen(yuan, out var fen))
        {
            // Negative, beyond two decimals or at least 10^14.
            return yuan.TryFormat(destination, out written, "0.00", CultureInfo.InvariantCulture);
        }

        if (!(fen / 100).TryFormat(destination, out written, default, CultureInfo.InvariantCulture) || destination.Length < written + 3)
        {
            return false;
        }

        var cents = (int)(fen % 100);
        destination[written] = (byte)'.';
        destination[written + 1] = (byte)('0' + (cents / 10));
        destination[written + 2] = (byte)('0' + (cents % 10));
        written += 3;
        return true;
    }

    private static ReadOnlySpan<byte> OutcomeName(Outcome outcome) => outcome switch
    {
        Outcome.Eligible => "Eligible"u8,
        Outcome.Ineligible => "Ineligible"u8,
        Outcome.NotApplicable => "NotApplicable"u8,
        Outcome.NonMonetary => "NonMonetary"u8,
        Outcome.NeedsReview => "NeedsReview"u8,
        Outcome.Invalid => "Invalid"u8,
        _ => Encoding.UTF8.GetBytes(outcome.ToString()),
    };

    /// <summary>A reason's code in UTF-8, encoded once per code and writer.</summary>
    private byte[] Reason(ReasonCode reason)
    {
        var i = (int)reason;
        if (i >= 0 && i < _reasons.Length)
        {
            return _reasons[i] ??= Encoding.UTF8.GetBytes(reason.ToCode());
        }

        return Encoding.UTF8.GetBytes(reason.ToCode());
    }

    /// <summary>A text cell from the input and its comma: escaped against formulas, then quoted if it must be.</summary>
    private void Cell(string text)
    {
        var apostrophe = SpreadsheetText.NeedsEscape(text);
        if (text.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            // The usual cell, written with its comma at once.
            var span = _output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 2);
            var at = 0;
            if (apostrophe)
            {
                span[at++] = (byte)'\'';
            }

            // Ids and measure codes are usually ASCII, narrowed a character to a byte.
            at += Ascii.FromUtf16(text, span[at..], out var narrowed) == OperationStatus.Done ? narrowed : Encoding.UTF8.GetBytes(text, span[at..]);
            span[at++] = (byte)',';
            _output.Advance(at);
            return;
        }

        var quoted = new StringBuilder(text.Length + 8).Append('"');
        if (apostrophe)
        {
            quoted.Append('\'');
        }

        quoted.Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        Text(quoted.ToString());
        Comma();
    }

    /// <summary>The explanation: on one line (as <see cref="SpreadsheetText.OneLine"/>), escaped against formulas, quoted if it must be.</summary>
    /// <param name="row">The row.</param>
    /// <param name="decision">Its decision.</param>
    /// <param name="parts">Where the middle of the explanation (after the heading) is in the cell as written.</param>
    private void Explanation(ApplicationRow row, Decision decision, out ExplanationParts parts)
    {
        var text = _utf8;
        text.Clear();
        if (decision.Outcome == Outcome.Invalid)
        {
            Span<byte> number = stackalloc byte[16];
            row.RowNumber.TryFormat(number, out var digits, default, CultureInfo.InvariantCulture);
            text.Put(_language == Language.Chinese ? "第 "u8 : "Row "u8);
            text.Put(number[..digits]);
            text.Put(_language == Language.Chinese ? " 行："u8 : ": "u8);
        }

        var prefix = text.Length;
        DecisionText.Explain(decision, _language, text, out var headingLength);
        if (text.Lossy)
        {
            // A lone surrogate in the decision's text: the whole text is rendered and encoded as characters.
            Explanation(row, decision, (_explanation ??= new StringBuilder(1024)).Clear());
            parts = default;
            return;
        }

        var bytes = text.Written;
        var headingEnd = prefix + headingLength;

        // A line break never starts the text once it is a mark, so only the other triggers need the apostrophe.
        var apostrophe = bytes.Length > 0 && bytes[0] is (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)'\t';

        // The usual case, found in one pass: nothing to mark or double. The cell is then quoted only for a comma (the
        // grouping of amounts), and the middle holds a comma exactly when the last comma lies in it.
        if (IsPlain(bytes))
        {
            var lastComma = bytes.LastIndexOf((byte)',');
            WritePlain(bytes, headingEnd, apostrophe, quoted: lastComma >= 0, middleQuotes: lastComma >= headingEnd, out parts);
            return;
        }

        var middleQuotes = bytes[headingEnd..].IndexOfAny((byte)',', (byte)'"') >= 0;

        // \n, \v, \f and \r are the bytes 10 to 13.
        if (bytes.IndexOfAnyInRange((byte)'\n', (byte)'\r') < 0 && !bytes.Contains((byte)'"')
            && bytes.IndexOf("\u0085"u8) < 0 && bytes.IndexOf("\u2028"u8) < 0 && bytes.IndexOf("\u2029"u8) < 0)
        {
            WritePlain(bytes, headingEnd, apostrophe, quoted: bytes.Contains((byte)','), middleQuotes, out parts);
            return;
        }

        // Line breaks to mark, quotes to double (in English, most explanations quote a word of the clause).
        Marked(bytes, headingEnd, apostrophe, middleQuotes, out parts);
    }

    /// <summary>An explanation with nothing to mark or double, copied as it is, quoted when it holds a comma.</summary>
    private void WritePlain(ReadOnlySpan<byte> bytes, int headingEnd, bool apostrophe, bool quoted, bool middleQuotes, out ExplanationParts parts)
    {
        var span = _output.GetSpan(bytes.Length + 3);
        var at = OpenCell(span, quoted, apostrophe);
        parts = new ExplanationParts(at + headingEnd, at + bytes.Length, middleQuotes, true);
        bytes.CopyTo(span[at..]);
        at += bytes.Length;
        if (quoted)
        {
            span[at++] = (byte)'"';
        }

        _output.Advance(at);
    }

    /// <summary>
    /// Whether UTF-8 text surely holds nothing to mark or double: no quote, no byte from 10 to 13 (\n, \v, \f, \r), no
    /// U+0085 and no U+2028 or U+2029, in one vectorised pass.
    /// </summary>
    /// <remarks>
    /// The pass is conservative, so it never lets a line break through: it refuses any 0xC2 (U+0085's first byte, and
    /// that of the rare U+0080 to U+00BF) and any 0xE2 two bytes before 0xA8 or 0xA9 (U+2028 and U+2029 are E2 80 A8 and
    /// E2 80 A9), which it does not look into further. A refused text is checked exactly. Chinese explanations hold none
    /// of those, though most hold E2 (the curly quotes, the arrow): they used to take five whole scans, one per kind.
    /// Texts shorter than a vector and two bytes, and processors without 256-bit vectors, are always refused.
    /// </remarks>
    internal static bool IsPlain(ReadOnlySpan<byte> text)
    {
        // The loop reads a vector two bytes ahead of each vector, and takes the last two bytes apart.
        var lastStart = text.Length - Vector256<byte>.Count - 2;
        if (!Vector256.IsHardwareAccelerated || lastStart < 0)
        {
            return false;
        }

        ref var first = ref MemoryMarshal.GetReference(text);
        var quote = Vector256.Create((byte)'"');
        var lineFeed = Vector256.Create((byte)'\n');
        var four = Vector256.Create((byte)4);
        var c2 = Vector256.Create((byte)0xC2);
        var e2 = Vector256.Create((byte)0xE2);
        var notLowBit = Vector256.Create((byte)0xFE);
        var a8 = Vector256.Create((byte)0xA8);
        var start = 0;
        while (true)
        {
            var here = Vector256.LoadUnsafe(ref first, (nuint)start);
            var ahead = Vector256.LoadUnsafe(ref first, (nuint)(start + 2));
            var found = Vector256.Equals(here, quote)
                | Vector256.LessThan(here - lineFeed, four)
                | Vector256.Equals(here, c2)
                | (Vector256.Equals(here, e2) & Vector256.Equals(ahead & notLowBit, a8));
            if (found != Vector256<byte>.Zero)
            {
                return false;
            }

            if (start == lastStart)
            {
                break;
            }

            // The last vector overlaps the one before it rather than reading past the end.
            start = Math.Min(start + Vector256<byte>.Count, lastStart);
        }

        // The last two bytes cannot start a three-byte character that ends within the text.
        var end = text[^2..];
        return end.IndexOfAnyInRange((byte)'\n', (byte)'\r') < 0 && end.IndexOfAny((byte)'"', (byte)0xC2) < 0;
    }

    /// <summary>
    /// Opens an explanation's cell in <paramref name="span"/>: its quote when the text holds a comma or a quote, then the
    /// apostrophe that keeps a spreadsheet from reading the text as a formula.
    /// </summary>
    /// <returns>The bytes written.</returns>
    private static int OpenCell(Span<byte> span, bool quoted, bool apostrophe)
    {
        var at = 0;
        if (quoted)
        {
            span[at++] = (byte)'"';
        }

        if (apostrophe)
        {
            span[at++] = (byte)'\'';
        }

        return at;
    }

    /// <summary>
    /// An explanation with line breaks to mark or quotes to double, from its UTF-8 bytes: what <see cref="Marked(string, bool)"/>
    /// writes for the same text. The mark and the doubled quotes are the only changes, so the cell is quoted exactly
    /// when the text holds a comma or a quote.
    /// </summary>
    private void Marked(ReadOnlySpan<byte> text, int headingEnd, bool apostrophe, bool middleQuotes, out ExplanationParts parts)
    {
        var needsQuotes = text.IndexOfAny((byte)',', (byte)'"') >= 0;

        // At most: every byte a doubled quote or a line break marked (3 bytes for 1), the quotes and the apostrophe.
        var span = _output.GetSpan((text.Length * 3) + 3);
        var at = OpenCell(span, needsQuotes, apostrophe);
        // The heading and the middle are escaped apart, which gives the same bytes unless a \r ends the heading
        // and a \n starts the middle (a pair marked once): the heading ends with a bracket, so that is only a guard.
        var apart = headingEnd > 0 && text[headingEnd - 1] != (byte)'\r';
        if (apart)
        {
            Escape(text[..headingEnd], span, ref at);
            var middleStart = at;
            Escape(text[headingEnd..], span, ref at);
            parts = new ExplanationParts(middleStart, at, middleQuotes, true);
        }
        else
        {
            Escape(text, span, ref at);
            parts = default;
        }

        if (needsQuotes)
        {
            span[at++] = (byte)'"';
        }

        _output.Advance(at);
    }

    /// <summary>Copies UTF-8 text into <paramref name="span"/> at <paramref name="at"/> with its quotes doubled and its line breaks marked.</summary>
    private void Escape(ReadOnlySpan<byte> text, Span<byte> span, ref int at)
    {
        var mark = _mark;
        while (!text.IsEmpty)
        {
            // \n, \v, \f and \r are the bytes 10 to 13; U+0085, U+2028 and U+2029 start with 0xC2 and 0xE2.
            var next = First(text.IndexOfAny((byte)'"', (byte)0xC2, (byte)0xE2), text.IndexOfAnyInRange((byte)'\n', (byte)'\r'));
            if (next < 0)
            {
                text.CopyTo(span[at..]);
                at += text.Length;
                break;
            }

            text[..next].CopyTo(span[at..]);
            at += next;
            text = text[next..];
            var b = text[0];
            var taken = 1;
            if (b == (byte)'"')
            {
                span[at++] = b;
                span[at++] = b;
            }
            else if (b is >= (byte)'\n' and <= (byte)'\r')
            {
                mark.CopyTo(span[at..]);
                at += mark.Length;
                taken = b == (byte)'\r' && text.Length > 1 && text[1] == (byte)'\n' ? 2 : 1;
            }
            else if (text.StartsWith("\u0085"u8))
            {
                mark.CopyTo(span[at..]);
                at += mark.Length;
                taken = 2;
            }
            else if (text.StartsWith("\u2028"u8) || text.StartsWith("\u2029"u8))
            {
                mark.CopyTo(span[at..]);
                at += mark.Length;
                taken = 3;
            }
            else
            {
                span[at++] = b;
            }

            text = text[taken..];
        }
    }

    /// <summary>The explanation rendered as characters, for a decision whose text UTF-8 cannot carry as it is.</summary>
    private void Explanation(ApplicationRow row, Decision decision, StringBuilder sb)
    {
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
        var text = Chars(sb);
        var apostrophe = text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t';
        if (text.IndexOfAny(AsciiLineBreaksOrQuote) < 0 && text.IndexOfAny('\u0085', '\u2028', '\u2029') < 0)
        {
            var quoted = text.Contains(',');
            if (quoted)
            {
                Byte((byte)'"');
            }

            if (apostrophe)
            {
                Byte((byte)'\'');
            }

            Text(text);
            if (quoted)
            {
                Byte((byte)'"');
            }

            return;
        }

        Marked(text.ToString(), apostrophe);
    }

    /// <summary>The first of two positions, either of which may be -1 for none.</summary>
    private static int First(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

    /// <summary>An explanation with line breaks to mark or quotes to double.</summary>
    private void Marked(string text, bool apostrophe)
    {
        var mapped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (LineBreakChars.Contains(c))
            {
                mapped.Append(SpreadsheetText.LineBreakMark);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
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
        var needsQuotes = one.AsSpan().IndexOfAny(NeedsQuotes) >= 0;
        var cell = new StringBuilder(one.Length + 8);
        if (needsQuotes)
        {
            cell.Append('"');
        }

        if (apostrophe)
        {
            cell.Append('\'');
        }

        cell.Append(needsQuotes ? one.Replace("\"", "\"\"", StringComparison.Ordinal) : one);
        if (needsQuotes)
        {
            cell.Append('"');
        }

        Text(cell.ToString());
    }

    /// <summary>The builder's text: its one block of characters when it has one, else copied into a reused buffer.</summary>
    private ReadOnlySpan<char> Chars(StringBuilder sb)
    {
        foreach (var chunk in sb.GetChunks())
        {
            if (chunk.Length == sb.Length)
            {
                return chunk.Span;
            }

            break;
        }

        if (_chars.Length < sb.Length)
        {
            _chars = new char[Math.Max(sb.Length, _chars.Length * 2)];
        }

        sb.CopyTo(0, _chars, 0, sb.Length);
        return _chars.AsSpan(0, sb.Length);
    }

    /// <summary>An amount as <see cref="DecisionCsvWriter.Money"/> writes it, and its comma.</summary>
    private void MoneyCell(decimal yuan)
    {
        var span = _output.GetSpan(65);
        if (!TryFormatMoney(yuan, span[..64], out var written))
        {
            Text(DecisionCsvWriter.Money(yuan));
            Comma();
            return;
        }

        span[written] = (byte)',';
        _output.Advance(written + 1);
    }

    /// <summary>Bytes as they are, and a comma.</summary>
    private void BytesCell(ReadOnlySpan<byte> bytes)
    {
        var span = _output.GetSpan(bytes.Length + 1);
        bytes.CopyTo(span);
        span[bytes.Length] = (byte)',';
        _output.Advance(bytes.Length + 1);
    }

    private void Comma() => Byte((byte)',');

    private void Byte(byte b)
    {
        _output.GetSpan(1)[0] = b;
        _output.Advance(1);
    }

    private void Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_output.GetSpan(bytes.Length));
        _output.Advance(bytes.Length);
    }

    private void Text(ReadOnlySpan<char> text) =>
        _output.Advance(Encoding.UTF8.GetBytes(text, _output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length))));

    /// <summary>Where the middle of an explanation (its steps and problems, after the heading) is in the cell written.</summary>
    /// <param name="MiddleStart">Where the middle starts, counted from the cell's first byte.</param>
    /// <param name="MiddleEnd">Where it ends.</param>
    /// <param name="MiddleQuotes">Whether the middle holds a comma or a quote.</param>
    /// <param name="Patchable">Whether the parts are known (the text went through UTF-8 without a lone surrogate).</param>
    private readonly record struct ExplanationParts(int MiddleStart, int MiddleEnd, bool MiddleQuotes, bool Patchable);
}

/// <summary>
/// Where the parts of a line of decisions.csv are that 就高不重复 may change, counted from the line's first byte: the
/// payable amount (after which the reason and the explanation's heading follow), and the explanation's middle, its
/// steps and problems, which 就高不重复 leaves as they are.
/// </summary>
/// <param name="PayableAt">Where the payable amount starts.</param>
/// <param name="MiddleStart">Where the explanation's middle starts (after the heading).</param>
/// <param name="MiddleEnd">Where it ends.</param>
/// <param name="MiddleQuotes">Whether the middle holds a comma or a quote, which quotes the cell whatever the rest.</param>
/// <param name="Patchable">Whether the line can be changed by parts; when <see langword="false"/>, it must be written whole again.</param>
internal readonly record struct LineLayout(int PayableAt, int MiddleStart, int MiddleEnd, bool MiddleQuotes, bool Patchable);
