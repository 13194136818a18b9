using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Cli.Tests.Support;
using NodaTime;

namespace ChongqingServicePolicy.Cli.Tests.Commands;

/// <summary>
/// <c>--today</c>: the day rows are decided as of, recorded as the evaluation date, so that a run can be repeated
/// exactly whatever the clock; a date that is not one is exit 2 with one line and nothing written.
/// </summary>
public sealed class TodayOptionTests
{
    [Fact]
    public void Evaluate_Today_IsRecordedAsTheEvaluationDate()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1"), AppRow.Measure2("B-1")));

        var clock = CqPolicy.Run("evaluate", input, "--out", folder.File("d0.csv"), "--json", folder.File("d0.jsonl"));
        var given = CqPolicy.Run("evaluate", input, "--out", folder.File("d1.csv"), "--json", folder.File("d1.jsonl"), "--today", "2027-12-31");

        clock.ExitCode.Should().Be(0, clock.Error);
        given.ExitCode.Should().Be(0, given.Error);
        Records(folder.File("d0.jsonl")).Select(r => r.EvaluationDate).Should().Equal(CqPolicy.Today, CqPolicy.Today);
        Records(folder.File("d1.jsonl")).Select(r => r.EvaluationDate).Should().Equal(new LocalDate(2027, 12, 31), new LocalDate(2027, 12, 31));
        Records(folder.File("d1.jsonl")).Select(r => r.Decision.PayableYuan)
            .Should().Equal(Records(folder.File("d0.jsonl")).Select(r => r.Decision.PayableYuan), "rows carry their application date");
    }

    [Fact]
    public void Evaluate_SameToday_GivesTheSameRecords_WhateverTheClock()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1"), AppRow.Measure2("B-1")));
        var late = new NodaTime.Testing.FakeClock(Instant.FromUtc(2027, 6, 30, 15, 59));

        var first = CqPolicy.Run("evaluate", input, "--out", folder.File("d0.csv"), "--json", folder.File("d0.jsonl"), "--today", "2026-12-31");
        var second = CqPolicy.Run(late, CancellationToken.None, "evaluate", input, "--out", folder.File("d1.csv"), "--json", folder.File("d1.jsonl"), "--today", "2026-12-31");

        first.ExitCode.Should().Be(0, first.Error);
        second.ExitCode.Should().Be(0, second.Error);
        File.ReadAllBytes(folder.File("d1.jsonl")).Should().Equal(File.ReadAllBytes(folder.File("d0.jsonl")));
        File.ReadAllBytes(folder.File("d1.csv")).Should().Equal(File.ReadAllBytes(folder.File("d0.csv")));
    }

    [Fact]
    public void Compare_Today_IsAccepted_AndChangesNothingForDatedRows()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1", approved: 70_000_000m)));
        var parameters = folder.Write("p.json", """{ "measures": { "1": { "cap_yuan": 8000000 } } }""");

        var clock = CqPolicy.Run("compare", input, "--parameters", parameters, "--out", folder.File("i0.csv"), "--lang", "en");
        var given = CqPolicy.Run("compare", input, "--parameters", parameters, "--out", folder.File("i1.csv"), "--lang", "en", "--today", "2027-06-30");

        clock.ExitCode.Should().Be(0, clock.Error);
        given.ExitCode.Should().Be(0, given.Error);
        File.ReadAllLines(folder.File("i0.csv")).Should().HaveCount(2, "the raised cap changes the one application");
        File.ReadAllBytes(folder.File("i1.csv")).Should().Equal(File.ReadAllBytes(folder.File("i0.csv")));
    }

    [Theory]
    [InlineData("evaluate", "2026-02-30")]
    [InlineData("evaluate", "2026/11/28")]
    [InlineData("evaluate", "today")]
    [InlineData("compare", "28.11.2026")]
    public void Today_NotADate_ExitsTwoWithOneLine_AndWritesNothing(string command, string today)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));
        var parameters = folder.Write("p.json", "{}");
        string[] args = command == "compare" ? ["compare", input, "--parameters", parameters, "--today", today] : ["evaluate", input, "--today", today];

        var result = CqPolicy.Run(args);

        result.ExitCode.Should().Be(2);
        HelpAndUsageTests.OneLine(result.Error).Should().Be(
            $"cqpolicy {command}: --today '{today}': expected a date yyyy-MM-dd such as 2025-03-01 (see cqpolicy {command} --help)");
        folder.Files().Should().Equal("apps.csv", "p.json");
    }

    private static List<DecisionRecord> Records(string path) => [.. File.ReadLines(path).Select(DecisionRecord.Parse)];
}
