using System.Globalization;
using ChongqingServicePolicy.Cli.Generation;
using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Cli.Tests.Batch;

/// <summary>
/// 就高不重复 (rule X3) across the whole file by subject_id and against other_policy_award_yuan: only the higher
/// support is payable, never both; on equal amounts the other policy, then the lower measure number, then the
/// earlier application date, then the earlier row keeps it.
/// </summary>
public sealed class NonDuplicationTests
{
    [Fact]
    public void Evaluate_TwoRowsOfOneSubject_OnlyTheHigherIsPayable()
    {
        var lines = Decide(
            AppRow.Measure1("LOW", approved: 20_000_000m, subject: "S"),
            AppRow.Measure1("HIGH", approved: 30_000_000m, subject: "S"),
            AppRow.Measure1("ALONE", approved: 10_000_000m));

        lines.Select(l => (l.ApplicationId, l.Outcome, l.AwardYuan, l.PayableYuan, l.Reason)).Should().Equal(
            ("LOW", "Eligible", "2000000.00", "0.00", "superseded-by-higher"),
            ("HIGH", "Eligible", "3000000.00", "3000000.00", "rate-applied"),
            ("ALONE", "Eligible", "1000000.00", "1000000.00", "rate-applied"));
    }

    [Fact]
    public void Evaluate_EqualAwardsUnderOneMeasure_TheEarlierApplicationDateKeepsIt()
    {
        var lines = Decide(
            AppRow.Measure1("LATER", subject: "S").With("application_date", "2025-05-01"),
            AppRow.Measure1("EARLIER", subject: "S").With("application_date", "2025-03-01"));

        lines.Select(l => (l.ApplicationId, l.PayableYuan, l.Reason)).Should().Equal(
            ("LATER", "0.00", "superseded-by-higher"),
            ("EARLIER", "3000000.00", "rate-applied"));
    }

    [Fact]
    public void Evaluate_EqualAwardsOnOneDay_TheEarlierRowKeepsIt()
    {
        var lines = Decide(
            AppRow.Measure1("FIRST", subject: "S"),
            AppRow.Measure1("SECOND", subject: "S"),
            AppRow.Measure1("THIRD", subject: "S"));

        lines.Select(l => l.PayableYuan).Should().Equal("3000000.00", "0.00", "0.00");
        lines.Skip(1).Should().OnlyContain(l => l.Reason == "superseded-by-higher");
    }

    [Fact]
    public void Evaluate_EqualAwardsAcrossMeasures_TheLowerMeasureNumberKeepsIt()
    {
        // Measure 2: 20% of 10,000,000; measure 1: 10% of 20,000,000. Both 2,000,000.
        var lines = Decide(
            AppRow.Measure2("PLATFORM", approved: 10_000_000m, subject: "S").With("application_date", "2025-01-02"),
            AppRow.Measure1("PROJECT", approved: 20_000_000m, subject: "S"));

        lines.Select(l => (l.ApplicationId, l.AwardYuan, l.PayableYuan, l.Reason)).Should().Equal(
            ("PLATFORM", "2000000.00", "0.00", "superseded-by-higher"),
            ("PROJECT", "2000000.00", "2000000.00", "rate-applied"));
    }

    [Fact]
    public void Evaluate_HigherAwardUnderAnotherMeasure_WinsWhateverTheMeasureNumber()
    {
        var lines = Decide(
            AppRow.Measure1("PROJECT", approved: 20_000_000m, subject: "S"),
            AppRow.Measure13("EVENT", input: 2_000_000m, subject: "S"),
            AppRow.Measure2("PLATFORM", approved: 20_000_000m, subject: "S"));

        lines.Select(l => (l.ApplicationId, l.AwardYuan, l.PayableYuan)).Should().Equal(
            ("PROJECT", "2000000.00", "0.00"),
            ("EVENT", "600000.00", "0.00"),
            ("PLATFORM", "4000000.00", "4000000.00"));
    }

    [Theory]
    [InlineData("4000000", "0.00", "superseded-by-other-policy")]
    [InlineData("3000000", "0.00", "superseded-by-other-policy")]
    [InlineData("2999999.99", "3000000.00", "rate-applied")]
    [InlineData("0", "3000000.00", "rate-applied")]
    public void Evaluate_OtherPolicyAward_IsPayableOnlyWhenThisPolicysAwardIsHigher(string other, string payable, string reason)
    {
        var lines = Decide(AppRow.Measure1("A").With("other_policy_award_yuan", other).With("other_policy_name", "渝府发〔2023〕1号"));

        lines.Single().Should().Be(new DecisionLine("A", "1", "Eligible", "3000000.00", payable, reason, lines.Single().Explanation));
    }

    [Fact]
    public void Evaluate_OtherPolicyAwardDeclaredOnOneRow_CountsForEveryRowOfTheSubject()
    {
        var lines = Decide(
            AppRow.Measure1("PROJECT", subject: "S"),
            AppRow.Measure13("EVENT", subject: "S").With("other_policy_award_yuan", "3500000"),
            AppRow.Measure1("OTHER", subject: "T"));

        lines.Select(l => (l.ApplicationId, l.PayableYuan, l.Reason)).Should().Equal(
            ("PROJECT", "0.00", "superseded-by-other-policy"),
            ("EVENT", "0.00", "superseded-by-other-policy"),
            ("OTHER", "3000000.00", "rate-applied"));
    }

    [Fact]
    public void Evaluate_SubjectsFarApartInALargeFile_AreComparedAcrossTheWholeFile()
    {
        using var folder = new TempFolder();
        var generated = new StringWriter();
        ApplicationGenerator.Write(generated, 20_000, 7);
        var body = generated.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join('\n', [
            body[0],
            AppRow.Measure1("FAR-FIRST", approved: 20_000_000m, subject: "FAR").ToString(),
            AppRow.Measure1("FAR-OTHER", approved: 10_000_000m, subject: "FAR-X").With("other_policy_award_yuan", "100").ToString(),
            .. body[1..],
            AppRow.Measure2("FAR-X-LATE", approved: 5_500_000m, subject: "FAR-X").With("other_policy_award_yuan", "2000000").ToString(),
            AppRow.Measure1("FAR-LAST", approved: 30_000_000m, subject: "FAR").ToString(),
        ]) + "\n";
        var input = folder.Write("big.csv", text);

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = DecisionsFile.Read(folder.File("big.decisions.csv"));
        lines.Should().HaveCount(20_004);
        var far = lines.Where(l => l.ApplicationId.StartsWith("FAR", StringComparison.Ordinal)).Select(l => (l.ApplicationId, l.PayableYuan, l.Reason));
        far.Should().Equal(
            ("FAR-FIRST", "0.00", "superseded-by-higher"),
            ("FAR-OTHER", "0.00", "superseded-by-other-policy"),
            ("FAR-X-LATE", "0.00", "superseded-by-other-policy"),
            ("FAR-LAST", "3000000.00", "rate-applied"));
        ShouldEqualTheLibrary(input, lines);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2024)]
    [InlineData(987654)]
    public void Evaluate_GeneratedFile_DecidesEveryRowAsEvaluateBatchDoes(int seed)
    {
        using var folder = new TempFolder();
        var generated = new StringWriter();
        ApplicationGenerator.Write(generated, 1_500, seed);
        var input = folder.Write("apps.csv", generated.ToString());

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = DecisionsFile.Read(folder.File("apps.decisions.csv"));
        lines.Should().Contain(l => l.Reason == "superseded-by-higher").And.Contain(l => l.Reason == "superseded-by-other-policy");
        ShouldEqualTheLibrary(input, lines);
    }

    private static IReadOnlyList<DecisionLine> Decide(params AppRow[] rows)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(rows));

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = DecisionsFile.Read(folder.File("apps.decisions.csv"));
        ShouldEqualTheLibrary(input, lines);
        return lines;
    }

    private static void ShouldEqualTheLibrary(string input, IReadOnlyList<DecisionLine> lines)
    {
        var expected = LibraryBatch.Decide(input, new PolicyEngine(clock: CqPolicy.Clock));
        lines.Should().HaveCount(expected.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, e) = (lines[i], expected[i]);
            (line.Outcome, line.AwardYuan, line.PayableYuan, line.Reason).Should().Be(
                (e.Outcome.ToString(), Money(e.AwardYuan), Money(e.PayableYuan), e.Reason),
                $"row {e.RowNumber} ({e.ApplicationId}) is decided as PolicyEngine.EvaluateBatch decides it");
        }
    }

    private static string Money(decimal yuan) => yuan.ToString("0.00", CultureInfo.InvariantCulture);
}
