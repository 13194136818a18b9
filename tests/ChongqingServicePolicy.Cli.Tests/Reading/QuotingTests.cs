using ChongqingServicePolicy.Cli.Tests.Support;
using static ChongqingServicePolicy.Cli.Tests.Reading.ReadingRun;

namespace ChongqingServicePolicy.Cli.Tests.Reading;

/// <summary>RFC 4180 quoting, and quotes that are wrong.</summary>
public sealed class QuotingTests
{
    [Fact]
    public void Evaluate_QuotedCommasAndDoubledQuotes_AreReadAsText()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header,
            AppRow.Measure1("\"A,1\"").With("applicant_name", "\"重庆渝中, 供应链\""),
            AppRow.Measure1("\"A \"\"2\"\"\"").With("applicant_name", "\"The \"\"Best\"\" Co, Ltd\""),
            AppRow.Measure1(" \"A-3\" ").With("subject_id", "\"\"")));

        var rows = Evaluate(folder, input);

        rows.Select(r => (r.ApplicationId, r.Outcome)).Should().Equal(("A,1", "Eligible"), ("A \"2\"", "Eligible"), ("A-3", "Eligible"));
        rows.Should().OnlyContain(r => r.PayableYuan == "3000000.00", "an empty quoted subject_id is not given, so each row is its own subject");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Evaluate_LineBreaksInQuotedFields_KeepSpreadsheetRowNumbers(string lineBreak)
    {
        using var folder = new TempFolder();
        var text = Lines(
            Applications.Header,
            AppRow.Measure1("A-1").With("applicant_name", "\"重庆渝中\n供应链\n科技有限公司\""),
            AppRow.Measure1("A-2").With("override_approval_ref", "\"line one\nline two\""),
            AppRow.Measure1("A-3").With("application_date", "2025-02-30"),
            AppRow.Measure1("A-4").With("other_policy_name", "\"多行\n政策名称\""),
            AppRow.Measure1("A-5").With("total_investment_yuan", "1e6")).Replace("\n", lineBreak);

        var input = folder.Write("apps.csv", text);
        var rows = Evaluate(folder, input, "--lang", "en");

        rows.Select(r => r.ApplicationId).Should().Equal("A-1", "A-2", "A-3", "A-4", "A-5");
        rows[0].Outcome.Should().Be("Eligible");
        rows[1].Outcome.Should().Be("Invalid", "an approval reference without an override amount is a problem of the row");
        rows[1].Explanation.Should().StartWith("Row 3: ");
        rows[2].Explanation.Should().StartWith("Row 4: ").And.Contain("application_date \"2025-02-30\"");
        rows[3].Outcome.Should().Be("Eligible");
        rows[4].Explanation.Should().StartWith("Row 6: ").And.Contain("total_investment_yuan \"1e6\"");
    }

    [Fact]
    public void Evaluate_QuoteNeverClosed_StopsNamingColumnAndLine()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header,
            AppRow.Measure1("A-1"),
            AppRow.Measure1("A-2").With("applicant_name", "\"重庆渝中"),
            AppRow.Measure1("A-3"),
            AppRow.Measure1("A-4")));

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("'applicant_name'").And.Contain("line 3").And.Contain("never closed");
    }

    [Fact]
    public void Evaluate_QuoteNeverClosedInAFileOfManyMegabytes_StopsNamingTheLine()
    {
        using var folder = new TempFolder();
        var row = AppRow.Measure1("A-x").With("applicant_name", "Chongqing Yuzhong Supply Chain Co").ToString();
        var text = new System.Text.StringBuilder(Lines(Applications.Header, AppRow.Measure1("A-1"), AppRow.Measure1("A-2").With("applicant_name", "\"open")));
        while (text.Length < 17_000_000)
        {
            text.Append(row).Append('\n');
        }

        var input = folder.Write("apps.csv", text.ToString());

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("line 3").And.Contain("never closed");
    }

    [Fact]
    public void Evaluate_QuotedFieldSwallowingTheNextLine_StopsInsteadOfMergingRows()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header,
            AppRow.Measure1("A-1"),
            AppRow.Measure1("A-2").With("applicant_name", "\"重庆渝中"),
            AppRow.Measure1("A-3").With("applicant_name", "江北\""),
            AppRow.Measure1("A-4")));

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("'applicant_name'").And.Contain("line 3").And.Contain("line 4");
    }

    [Fact]
    public void Evaluate_QuotedFieldSwallowingLinesIntoARowOfTheWrongLength_Stops()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header,
            "A-1,1,\"short line",
            "A-2,1,x\",91500103MA00001XY9,500103,2025-03-01",
            AppRow.Measure1("A-3")));

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("'applicant_name'").And.Contain("line 2");
    }

    [Fact]
    public void Evaluate_StrayQuoteOpeningInsideACellAcrossLines_StopsNamingIt()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header,
            AppRow.Measure1("A-1"),
            AppRow.Measure1("A-2").With("applicant_name", "12\" screens Co"),
            AppRow.Measure1("A-3"),
            AppRow.Measure1("A-4").With("other_policy_name", "the 5\" rule"),
            AppRow.Measure1("A-5")));

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("'applicant_name'").And.Contain("line 3").And.Contain("line 5");
    }

    [Theory]
    [InlineData("applicant_name", "The \"Best\" Co")]
    [InlineData("applicant_name", "\"Best\" Co")]
    [InlineData("applicant_name", "\"a\"\"b\"c")]
    [InlineData("credit_code", "9150\"0103\"MA00001XY9")]
    [InlineData("other_policy_name", "\"a \"lone\" quote\"")]
    public void Evaluate_StrayQuotesWithinOneLine_MakeOnlyThatRowInvalid(string column, string raw)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header,
            AppRow.Measure1("A-1"),
            AppRow.Measure1("A-2").With(column, raw),
            AppRow.Measure1("A-3")));

        var rows = Evaluate(folder, input, "--lang", "en");

        rows.Select(r => (r.ApplicationId, r.Outcome)).Should().Equal(("A-1", "Eligible"), ("A-2", "Invalid"), ("A-3", "Eligible"));
        rows[1].Explanation.Should().StartWith("Row 3: ").And.Contain($"{column} \"{raw}\": cannot be read");
    }

    [Fact]
    public void Evaluate_BadQuotingInAnUnknownColumn_MakesTheRowInvalidNamingTheColumn()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header + ",remark",
            AppRow.Measure1("A-1") + ",ok",
            AppRow.Measure1("A-2") + ",\"noted\" twice",
            AppRow.Measure1("A-3") + ",\"fine, quoted\""));

        var rows = Evaluate(folder, input, "--lang", "en");

        rows.Select(r => (r.ApplicationId, r.Outcome)).Should().Equal(("A-1", "Eligible"), ("A-2", "Invalid"), ("A-3", "Eligible"));
        rows[1].Explanation.Should().Contain("remark: \"noted\" twice");
    }

    [Fact]
    public void Evaluate_QuoteNeverClosedInAnUnknownColumn_StopsNamingIt()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header + ",remark",
            AppRow.Measure1("A-1") + ",ok",
            AppRow.Measure1("A-2") + ",\"open",
            AppRow.Measure1("A-3") + ",fine"));

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("'remark'").And.Contain("line 3");
    }

    [Fact]
    public void Evaluate_QuoteOpenInTheHeader_Stops()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(Applications.Header.Replace("applicant_name", "\"applicant_name", StringComparison.Ordinal), AppRow.Measure1("A-1"), AppRow.Measure1("A-2") + "\""));

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("header").And.Contain("line 1");
    }

    [Theory]
    [InlineData(-1, "25")]
    [InlineData(1, "27")]
    public void Evaluate_WrongFieldCount_MakesTheRowInvalid(int change, string count)
    {
        using var folder = new TempFolder();
        var row = AppRow.Measure1("A-2").ToString();
        row = change < 0 ? row[..row.LastIndexOf(',')] : row + ",extra";
        var input = folder.Write("apps.csv", Lines(Applications.Header, AppRow.Measure1("A-1"), row, AppRow.Measure1("A-3")));

        var rows = Evaluate(folder, input, "--lang", "en");

        rows.Select(r => (r.ApplicationId, r.Outcome)).Should().Equal(("A-1", "Eligible"), ("A-2", "Invalid"), ("A-3", "Eligible"));
        rows[1].Explanation.Should().StartWith("Row 3: ").And.Contain($"record \"{count}\": is the row's number of fields; the header has 26");
    }

    [Fact]
    public void Evaluate_RepeatedApplicationId_MakesTheLaterRowInvalid()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header,
            AppRow.Measure1("A-1"),
            AppRow.Measure1("A-2"),
            AppRow.Measure1("A-1").With("approved_investment_yuan", "40000000")));

        var rows = Evaluate(folder, input, "--lang", "en");

        rows.Select(r => (r.ApplicationId, r.Outcome, r.PayableYuan)).Should().Equal(
            ("A-1", "Eligible", "3000000.00"), ("A-2", "Eligible", "3000000.00"), ("A-1", "Invalid", "0.00"));
        rows[2].Explanation.Should().StartWith("Row 4: ").And.Contain("application_id \"A-1\": repeats the application id of row 2");
    }

    [Fact]
    public void Evaluate_IdRepeatedTwice_BothRepeatsNameTheFirstRow_InBothLanguages_AndWithRecords()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header,
            AppRow.Measure1("A-2"),
            AppRow.Measure1("A-1"),
            AppRow.Measure1("A-1").With("approved_investment_yuan", "40000000"),
            AppRow.Measure1("A-1")));

        var en = Evaluate(folder, input, "--lang", "en");
        var zh = Evaluate(folder, input, "--lang", "zh", "--json", folder.File("d.jsonl"));

        en.Select(r => r.Outcome).Should().Equal("Eligible", "Eligible", "Invalid", "Invalid");
        en[2].Explanation.Should().StartWith("Row 4: ").And.EndWith("application_id \"A-1\": repeats the application id of row 3");
        en[3].Explanation.Should().StartWith("Row 5: ").And.EndWith("application_id \"A-1\": repeats the application id of row 3");
        zh[3].Explanation.Should().EndWith("application_id \"A-1\": 与第 3 行的申请编号重复");
        var records = File.ReadLines(folder.File("d.jsonl")).Select(global::ChongqingServicePolicy.Audit.DecisionRecord.Parse).ToList();
        records[3].Decision.Problems.Should().ContainSingle(p => p.Code == global::ChongqingServicePolicy.Decisions.ProblemCode.DuplicateApplicationId).Which.Expected.Should().Be("3");
        var engine = new PolicyEngine();
        records.Should().OnlyContain(r => engine.Replay(r).Reproduces, "the earlier row named is kept on replay");
    }
}
