using System.Buffers;
using System.Runtime.Intrinsics;
using System.Text;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Csv.Internal;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
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

    [Theory]
    [MemberData(nameof(Languages))]
    public void WriteResolved_TextsUtf8CannotCarryPieceByPiece_WritesThePartsOfTheLineWrittenWhole(Language language)
    {
        // A surrogate pair split between two pieces of the heading (the clause's number, then the title), which
        // encoding piece by piece would turn into two replacement characters, and lone surrogates in the texts that
        // 就高不重复 quotes: the subject, the winning application's id and the other policy's name.
        var entries = MeasureCatalogue.Default.All.Select(i => i.Id == MeasureId.Measure1
            ? i with { ClauseNumber = i.ClauseNumber + "\uD83D", TitleZh = "\uDE00" + i.TitleZh, TitleEn = "\uDC00" + i.TitleEn }
            : i);
        var engine = new PolicyEngine(catalogue: new MeasureCatalogue(entries));
        using var folder = new TempFolder();
        var template = ReadRows(folder.Write("apps.csv", AppRow.File([AppRow.Measure1("A")]))).Single();
        var records = new[]
        {
            template.Record! with { ApplicationId = "W\uDC00", SubjectId = "S\uD800", ApprovedInvestmentYuan = 30_000_000m },
            template.Record! with { ApplicationId = "L-1", SubjectId = "S\uD800", ApprovedInvestmentYuan = 20_000_000m },
            template.Record! with { ApplicationId = "O-1", SubjectId = "T", OtherPolicyAwardYuan = 9_000_000m, OtherPolicyName = "政策\uD800" },
            template.Record! with { ApplicationId = "P-1", SubjectId = "U\uDFFF", OtherPolicyAwardYuan = 1m, OtherPolicyName = "\uDBFF" },
        };
        var decisions = engine.EvaluateBatch(records, Today);
        decisions.Select(d => d.NonDuplication?.Suppression).Should().Equal(
            SuppressionKind.None, SuppressionKind.SupersededByHigher, SuppressionKind.SupersededByOtherPolicy, SuppressionKind.None);
        var lines = new DecisionLines(language);

        for (var i = 0; i < records.Length; i++)
        {
            var d = decisions[i];
            var row = template with { ApplicationId = records[i].ApplicationId, SubjectId = records[i].SubjectId!, Record = records[i] };
            var whole = new ArrayBufferWriter<byte>();
            lines.Write(row, d, whole);
            var reference = whole.WrittenSpan.ToArray();
            reference.Should().Equal(Encoding.UTF8.GetBytes(Expected(row, d, language)), records[i].ApplicationId);
            if (language == Language.Chinese)
            {
                reference.AsSpan().IndexOf("\U0001F600"u8).Should().BeGreaterThan(0, "the pair split between pieces is one character in the line");
            }

            var parts = new ArrayBufferWriter<byte>();
            lines.WriteResolved(Outcome.Eligible, d.AwardYuan, d.PayableYuan, d.Reason, d.Info, d.NonDuplication!, middleQuotes: true, parts, out var firstLength);
            var first = parts.WrittenSpan[..firstLength].ToArray();
            var last = parts.WrittenSpan[firstLength..].ToArray();

            // The leading cells (id, measure, outcome, award) hold no comma of their own.
            var payableAt = 0;
            for (var commas = 0; commas < 4; commas++)
            {
                payableAt = Array.IndexOf(reference, (byte)',', payableAt) + 1;
            }

            first.Should().NotBeEmpty();
            reference[payableAt..(payableAt + first.Length)].Should().Equal(first, $"the first part of {records[i].ApplicationId}'s line");
            reference[^last.Length..].Should().Equal(last, $"the last part of {records[i].ApplicationId}'s line");
            reference.Length.Should().BeGreaterThan(payableAt + first.Length + last.Length, "the steps lie between the parts");
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
