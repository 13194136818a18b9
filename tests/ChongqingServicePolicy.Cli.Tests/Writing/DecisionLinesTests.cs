using System.Buffers;
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
