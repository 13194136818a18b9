using System.Buffers;
using System.Runtime.Intrinsics;
using System.Text;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Csv.Internal;
using ChongqingServicePolicy.Decisions;
using NodaTime;

namespace ChongqingServicePolicy.Cli.Tests.Writing;

/// <summary>
/// The lines of decisions.csv are written as UTF-8 straight from the explanation's bytes; they must be the lines
/// <see cref="DecisionCsvWriter"/> writes, whatever the texts quoted from the input hold: every kind of line break,
/// quotes, commas and the characters that start a formula.
/// </summary>
public sealed class DecisionLinesTests
{
    private static readonly LocalDate Today = new(2025, 6, 1);

    private static readonly string[] Texts =
    [
        "渝府发〔2023〕1号", "a\r\nb", "a\rb", "a\nb", "a\vb\fc", "x\u0085y", "x\u2028y\u2029z", "say \"hi\"", "a,b", "\"", "\r", "\n\n",
        "↵", "中文“引号”，逗号", "=1+2", "+cmd", "-x", "@y", "\tz", "end\r", "\u2028", "é\u0085\"\r\n,",
        "·", "₨ 5", "“引号”→",
    ];

    public static TheoryData<Language> Languages() => new() { Language.Chinese, Language.English };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Write_TextsWithLineBreaksQuotesAndCommas_WritesWhatDecisionCsvWriterWrites(Language language)
    {
        var engine = new PolicyEngine();
        var rows = ReadRows(Path.Combine(SampleDataTests.RepoRoot(), "tests", "golden", "decisions-csv", "adversarial.csv"));
        var lines = new DecisionLines(language);
        var checkedRows = 0;

        foreach (var row in rows.Where(r => r.Record is not null))
        {
            foreach (var text in Texts)
            {
                var record = row.Record! with { OtherPolicyAwardYuan = 1m, OtherPolicyName = text, OverrideAmountYuan = 2m, OverrideApprovalRef = text };
                var variant = row with { Record = record, ApplicationId = text + row.ApplicationId };
                var decision = engine.EvaluateBatch([record], Today)[0];

                Line(lines, variant, decision).Should().Be(Expected(variant, decision, language), $"row {row.RowNumber} with {Escape(text)}");
                checkedRows++;
            }
        }

        checkedRows.Should().BeGreaterThan(100);
    }

    [Fact]
    public void IsPlain_TextsOfEveryLengthWithAMarkAnywhere_RefusesEveryTextWithSomethingToMarkOrDouble()
    {
        // Pieces that need nothing (among them E2 and C3 characters, and E2 82 A8, which only looks like U+2028), pieces
        // that must be refused for what they are, and pieces refused only because the pass does not look into them.
        string[] plain = ["a", "7", ",", " ", "中", "文", "“", "”", "→", "×", "（", "）", "；", "é"];
        string[] marks = ["\"", "\n", "\v", "\f", "\r", "\u0085", "\u2028", "\u2029"];
        string[] unsure = ["·", "\u00A0", "₨", "\u20A9"];
        var random = new Random(20241119);
        var accepted = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 90);
            while (Encoding.UTF8.GetByteCount(text.ToString()) < length)
            {
                var roll = random.Next(100);
                text.Append(roll < 3 ? marks[random.Next(marks.Length)] : roll < 5 ? unsure[random.Next(unsure.Length)] : plain[random.Next(plain.Length)]);
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            var needs = text.ToString().IndexOfAny(['"', '\n', '\v', '\f', '\r', '\u0085', '\u2028', '\u2029']) >= 0;
            var doubtful = text.ToString().IndexOfAny(['·', '\u00A0', '₨', '\u20A9']) >= 0;
            var plainExpected = !needs && !doubtful && bytes.Length >= 34 && Vector256.IsHardwareAccelerated;

            DecisionLines.IsPlain(bytes).Should().Be(plainExpected, $"for {Escape(text.ToString())} ({bytes.Length} bytes)");
            accepted += plainExpected ? 1 : 0;
        }

        if (Vector256.IsHardwareAccelerated)
        {
            accepted.Should().BeGreaterThan(1_000);
        }
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void IsPlain_AMarkAtEachPlaceOfALongText_IsRefusedWherever(string mark)
    {
        for (var at = 0; at <= 100; at++)
        {
            var text = new string('x', at) + mark + new string('y', 100 - at);
            DecisionLines.IsPlain(Encoding.UTF8.GetBytes(text)).Should().BeFalse($"for the mark at {at}");
        }
    }

    private static string Line(DecisionLines lines, ApplicationRow row, Decision decision)
    {
        var buffer = new ArrayBufferWriter<byte>();
        lines.Write(row, decision, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Expected(ApplicationRow row, Decision decision, Language language)
    {
        var text = new StringWriter();
        using (var writer = new DecisionCsvWriter(text, language))
        {
            writer.Write(row, decision);
        }

        var all = text.ToString();
        return all[(all.IndexOf('\n', StringComparison.Ordinal) + 1)..];
    }

    private static List<ApplicationRow> ReadRows(string path)
    {
        using var reader = ApplicationCsvReader.Open(path);
        return [.. reader.ReadRows()];
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
