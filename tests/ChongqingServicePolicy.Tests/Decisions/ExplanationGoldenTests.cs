using System.Text;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// The pinned decisions.csv files of <c>tests/golden/decisions-csv</c> (the bundled sample, the golden corpus under a
/// cap of 8,000,000, and a file of awkward cells, in both languages) are written again through the library alone,
/// <see cref="CsvBatchEvaluator"/> over a <see cref="PolicyEngine"/> with the same fixed "today" the command-line
/// tests use, and must be the same bytes. Every explanation in them is <see cref="DecisionText"/>'s, so a change of
/// any word, number, separator or order of an explanation fails here, within the library's own tests.
/// </summary>
public sealed class ExplanationGoldenTests : IDisposable
{
    /// <summary>The command-line tests' "today": 2026-11-28 02:00 UTC.</summary>
    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2026, 11, 28, 2, 0));

    private readonly string _folder = Directory.CreateTempSubdirectory("cqpolicy-explanation-golden-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, Language, string, string?> Files => new()
    {
        { "samples/data/applications.csv", Language.Chinese, "sample.zh.decisions.csv", null },
        { "samples/data/applications.csv", Language.English, "sample.en.decisions.csv", null },
        { "tests/golden/applications.csv", Language.Chinese, "golden-cap-8m.zh.decisions.csv", "tests/golden/cap-8m.json" },
        { "tests/golden/decisions-csv/adversarial.csv", Language.Chinese, "adversarial.zh.decisions.csv", null },
        { "tests/golden/decisions-csv/adversarial.csv", Language.English, "adversarial.en.decisions.csv", null },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Evaluate_PinnedInput_WritesTheRecordedExplanations(string input, Language language, string expected, string? parameters)
    {
        var engine = new PolicyEngine(parameters is null ? null : PolicyParameters.LoadFile(Repository.PathOf(parameters)), Clock);
        var output = Path.Combine(_folder, "decisions.csv");

        new CsvBatchEvaluator(engine).Evaluate(Repository.PathOf(input), output, new CsvEvaluationOptions { Language = language });

        var written = File.ReadAllLines(output, Encoding.UTF8);
        var recorded = File.ReadAllLines(Repository.PathOf("tests/golden/decisions-csv/" + expected), Encoding.UTF8);
        for (var i = 0; i < Math.Min(written.Length, recorded.Length); i++)
        {
            written[i].Should().Be(recorded[i], $"line {i + 1} of tests/golden/decisions-csv/{expected} is pinned");
        }

        written.Length.Should().Be(recorded.Length);
        File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(Repository.PathOf("tests/golden/decisions-csv/" + expected)));
    }
}
