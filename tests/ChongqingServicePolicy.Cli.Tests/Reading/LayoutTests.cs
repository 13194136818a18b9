using System.Text;
using ChongqingServicePolicy.Cli.Tests.Support;
using static ChongqingServicePolicy.Cli.Tests.Reading.ReadingRun;

namespace ChongqingServicePolicy.Cli.Tests.Reading;

/// <summary>Line endings, blank rows and the header.</summary>
public sealed class LayoutTests
{
    private static readonly AppRow[] ThreeRows = [AppRow.Measure1("A-1"), AppRow.Measure1("A-2").With("approved_investment_yuan", "20000000"), AppRow.Measure1("A-3")];

    public static TheoryData<string, string> Endings => new()
    {
        { "LF", "\n\n\n\n" },
        { "CRLF", "\r\n\r\n\r\n\r\n" },
        { "mixed", "\r\n\n\r\n\n" },
        { "LF, no final line break", "\n\n\n" },
        { "CRLF, no final line break", "\r\n\r\n\r\n" },
    };

    [Theory]
    [MemberData(nameof(Endings))]
    public void Evaluate_AnyLineEndings_ReadsEveryRowAlike(string name, string breaks)
    {
        using var folder = new TempFolder();
        string[] lines = [Applications.Header, .. ThreeRows.Select(r => r.ToString())];
        var text = new StringBuilder();
        var endings = Split(breaks);
        for (var i = 0; i < lines.Length; i++)
        {
            text.Append(lines[i]).Append(i < endings.Count ? endings[i] : string.Empty);
        }

        var input = folder.Write("apps.csv", text.ToString());

        var rows = Evaluate(folder, input);

        rows.Select(r => (r.ApplicationId, r.Outcome, r.AwardYuan)).Should().Equal(
            [("A-1", "Eligible", "3000000.00"), ("A-2", "Eligible", "2000000.00"), ("A-3", "Eligible", "3000000.00")], name);
        rows.Should().OnlyContain(r => !r.Explanation.Contains('\r'), "no line ending may leak into a cell");
    }

    [Fact]
    public void Evaluate_BlankRows_AreSkippedAndLaterRowsKeepTheirSpreadsheetNumber()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header,
            AppRow.Measure1("A-1"),
            string.Empty,
            "   ",
            new string(',', 25),
            AppRow.Measure1("A-6").With("application_date", "2025-02-30"),
            "\t"));

        var rows = Evaluate(folder, input, "--lang", "en");

        rows.Select(r => r.ApplicationId).Should().Equal("A-1", "A-6");
        rows[1].Outcome.Should().Be("Invalid");
        rows[1].Explanation.Should().StartWith("Row 6: ");
    }

    [Fact]
    public void Evaluate_HeaderInAnyOrderCaseAndSpacing_ReadsEachColumnByName()
    {
        using var folder = new TempFolder();
        var order = Enumerable.Reverse(AppRow.Columns).ToArray();
        var header = string.Join(",", order.Select((c, i) => (i % 3) switch { 0 => c.ToUpperInvariant(), 1 => $"  {c} ", _ => $"\"{c}\"" }));
        var input = folder.Write("apps.csv", Lines([header, .. ThreeRows.Select(r => r.In(order))]));

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty("every column is known");
        ReadDecisions(folder.File("apps.decisions.csv")).Select(r => (r.ApplicationId, r.AwardYuan))
            .Should().Equal(("A-1", "3000000.00"), ("A-2", "2000000.00"), ("A-3", "3000000.00"));
    }

    [Fact]
    public void Evaluate_OnlyTheRequiredColumns_IsEnough()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines("measure,application_id,application_date,district_code", "8,E-1,2025-03-01,500103"));

        var rows = Evaluate(folder, input);

        rows.Should().ContainSingle().Which.Outcome.Should().Be("NonMonetary");
    }

    [Fact]
    public void Evaluate_UnknownColumns_WarnsOnceNamingEachAndStillDecides()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(
            Applications.Header + ",备注,Reviewer",
            AppRow.Measure1("A-1") + ",加急,Li",
            AppRow.Measure1("A-2") + ",,Wang"));

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle("one warning for all unknown columns, not one per row or per pass");
        lines[0].Should().Contain("warning").And.Contain("'备注'").And.Contain("'Reviewer'");
        ReadDecisions(folder.File("apps.decisions.csv")).Should().OnlyContain(r => r.Outcome == "Eligible").And.HaveCount(2);
    }

    [Theory]
    [InlineData("application_id")]
    [InlineData("measure")]
    [InlineData("district_code")]
    [InlineData("application_date")]
    public void Evaluate_RequiredColumnMissing_StopsNamingIt(string column)
    {
        using var folder = new TempFolder();
        var order = AppRow.Columns.Where(c => c != column).ToArray();
        var input = folder.Write("apps.csv", Lines(string.Join(",", order), AppRow.Measure1("A-1").In(order)));

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain($"'{column}'").And.Contain("missing");
    }

    [Theory]
    [InlineData("measure", "measure")]
    [InlineData("credit_code", "Credit_Code")]
    public void Evaluate_ColumnRepeated_StopsNamingIt(string first, string second)
    {
        using var folder = new TempFolder();
        var header = Applications.Header.Replace(first, first, StringComparison.Ordinal) + "," + second;
        var input = folder.Write("apps.csv", Lines(header, AppRow.Measure1("A-1") + ",x"));

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain($"'{first}'").And.Contain("twice");
    }

    [Fact]
    public void Evaluate_SemicolonSeparated_StopsWithAHint()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Lines(Applications.Header.Replace(',', ';'), AppRow.Measure1("A-1").ToString().Replace(',', ';')));

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("';'");
    }

    [Fact]
    public void Evaluate_HeaderOnly_WritesAnEmptyDecisionsFile()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Applications.Header + "\r\n");

        var rows = Evaluate(folder, input);

        rows.Should().BeEmpty();
        folder.Files().Should().BeEquivalentTo("apps.csv", "apps.decisions.csv");
    }

    public static TheoryData<string, byte[]> EmptyFiles => new()
    {
        { "no bytes", [] },
        { "a byte order mark only", [0xEF, 0xBB, 0xBF] },
        { "line breaks only", "\r\n\r\n\n"u8.ToArray() },
        { "spaces and tabs", " \t \n  "u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(EmptyFiles))]
    public void Evaluate_EmptyFile_StopsSayingSo(string name, byte[] bytes)
    {
        using var folder = new TempFolder();
        var input = folder.WriteBytes("apps.csv", bytes);

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("empty", name);
    }

    public static TheoryData<string, byte[], string> BinaryFiles => new()
    {
        { "NUL bytes", [0x41, 0x00, 0x42, 0x00, 0x00, 0x00, 0x7F, 0x10, 0x00, 0x01, 0x02], "not a text file" },
        { "PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "not a text file" },
        { "Excel workbook", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00], ".xlsx" },
        { "Excel 97-2003 workbook", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00], ".xls" },
        { "random high bytes", [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC], "not valid UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BinaryFiles))]
    public void Evaluate_NotText_Stops(string name, byte[] bytes, string expected)
    {
        using var folder = new TempFolder();
        var input = folder.WriteBytes("apps.csv", bytes);

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain(expected, name);
    }

    [Fact]
    public void Evaluate_NulCharacterFarIntoTheFile_StopsNamingItsLine()
    {
        using var folder = new TempFolder();
        var rows = Enumerable.Range(1, 300).Select(i => AppRow.Measure1($"A-{i}").ToString()).ToArray();
        rows[249] = rows[249].Replace("重庆", "重\0庆", StringComparison.Ordinal);
        var input = folder.Write("apps.csv", Lines([Applications.Header, .. rows]));

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("line 251").And.Contain("NUL");
    }

    [Fact]
    public void Evaluate_MissingFile_StopsNamingIt()
    {
        using var folder = new TempFolder();
        var input = folder.File("nowhere.csv");

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder);

        message.Should().Contain("nowhere.csv").And.Contain("no such file");
    }

    [Fact]
    public void Evaluate_MissingFolder_StopsNamingIt()
    {
        using var folder = new TempFolder();
        var input = Path.Combine(folder.Path, "absent", "apps.csv");

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder);

        message.Should().Contain("folder does not exist");
    }

    [Fact]
    public void Evaluate_FolderInsteadOfFile_StopsSayingSo()
    {
        using var folder = new TempFolder();
        var input = Directory.CreateDirectory(folder.File("apps.csv")).FullName;

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder);

        message.Should().Contain("is a folder");
    }

    private static List<string> Split(string breaks)
    {
        var list = new List<string>();
        for (var i = 0; i < breaks.Length; i++)
        {
            if (breaks[i] == '\r' && i + 1 < breaks.Length && breaks[i + 1] == '\n')
            {
                list.Add("\r\n");
                i++;
            }
            else
            {
                list.Add(breaks[i].ToString());
            }
        }

        return list;
    }
}
