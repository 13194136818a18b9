using System.Text;
using ChongqingServicePolicy.Cli.Tests.Support;
using nietras.SeparatedValues;
using static ChongqingServicePolicy.Cli.Tests.Reading.ReadingRun;

namespace ChongqingServicePolicy.Cli.Tests.Reading;

/// <summary>rank-districts reads district-stats.csv by the same rules as applications.</summary>
public sealed class DistrictStatisticsReadingTests
{
    private const string Header = "district_code,year,new_above_scale_count,net_increase_count,revenue_growth_rate";

    private static readonly string[] Good2025 = ["500101,2025,20,19,0.036", "500103,2025,30,10,0.05", "500104,2025,12,3,0.08"];

    private static IReadOnlyList<string[]> Ranking(string path)
    {
        using var reader = Sep.New(',').Reader().FromText(File.ReadAllText(path, Encoding.UTF8));
        reader.Header.ColNames.Should().Equal("district_code", "rank", "score", "outcome", "award_yuan");
        var rows = new List<string[]>();
        foreach (var r in reader)
        {
            rows.Add([r[0].ToString(), r[1].ToString(), r[2].ToString(), r[3].ToString(), r[4].ToString()]);
        }

        return rows;
    }

    private static IReadOnlyList<string[]> Rank(TempFolder folder, string input, params string[] extra)
    {
        var result = CqPolicy.Run(["rank-districts", input, "--year", "2025", .. extra]);
        result.ExitCode.Should().Be(0, result.Error);
        return Ranking(folder.File(Path.GetFileNameWithoutExtension(input) + ".ranking.csv"));
    }

    [Fact]
    public void RankDistricts_RowsOfOtherYears_AreSkippedAndCounted()
    {
        using var folder = new TempFolder();
        var input = folder.Write("stats.csv", Lines([Header, .. Good2025, "500102,2024,40,40,0.5", "500105,2026,40,40,0.5"]));

        var result = CqPolicy.Run("rank-districts", input, "--year", "2025", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("3 districts ranked").And.Contain("2 rows for other years skipped");
        Ranking(folder.File("stats.ranking.csv")).Select(r => r[0]).Should().BeEquivalentTo("500101", "500103", "500104");
    }

    [Fact]
    public void RankDistricts_HeaderInAnyOrderWithCrlfBlankRowsAndAByteOrderMark_ReadsAlike()
    {
        using var folder = new TempFolder();
        var plain = folder.Write("plain.csv", Lines([Header, .. Good2025]));
        var messy = folder.WriteBytes("messy.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Crlf(
            " Revenue_Growth_Rate ,YEAR,District_Code,net_increase_count,new_above_scale_count",
            "0.036,2025,500101,19,20",
            string.Empty,
            "5%,2025,500103,10,30",
            ",,,,",
            "8%,2025,500104,3,12"))]);

        Rank(folder, messy).Should().BeEquivalentTo(Rank(folder, plain), o => o.WithStrictOrdering());
    }

    [Fact]
    public void RankDistricts_Gb18030WithOption_ReadsAndWarnsOnceOfTheUnknownColumn()
    {
        using var folder = new TempFolder();
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var input = folder.WriteBytes("stats.csv", gb.GetBytes(Lines([Header + ",备注", .. Good2025.Select(r => r + ",渝中区数据")])));

        var result = CqPolicy.Run("rank-districts", input, "--year", "2025", "--encoding", "gb18030");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain("warning").And.Contain("'备注'");
        Ranking(folder.File("stats.ranking.csv")).Should().HaveCount(3).And.OnlyContain(r => r[3] != "Invalid");
    }

    [Fact]
    public void RankDistricts_ByteOrderMarkOverridingTheOption_ReadsUtf8AndWarns()
    {
        using var folder = new TempFolder();
        var input = folder.WriteBytes("stats.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Lines([Header, .. Good2025]))]);

        var result = CqPolicy.Run("rank-districts", input, "--year", "2025", "--encoding", "gb18030");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Should().Contain("byte order mark").And.Contain("GB18030");
        Ranking(folder.File("stats.ranking.csv")).Should().HaveCount(3);
    }

    [Fact]
    public void RankDistricts_Gb18030WithoutOption_StopsNamingTheLine()
    {
        using var folder = new TempFolder();
        var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        var input = folder.WriteBytes("stats.csv", gb.GetBytes(Lines([Header + ",备注", .. Good2025.Select(r => r + ",x")])));

        var message = CqPolicy.Run("rank-districts", input, "--year", "2025").ShouldHaveStopped(folder, input);

        message.Should().Contain("line 1").And.Contain("--encoding gb18030");
    }

    [Theory]
    [InlineData("revenue_growth_rate", "8.3‰", "cannot be read (expected a fraction such as 0.15 or a percentage such as 15%)", "无法读取，应为小数（如 0.15）或百分数（如 15%）")]
    [InlineData("new_above_scale_count", "12.5", "cannot be read (expected a whole number)", "无法读取，应为整数")]
    [InlineData("net_increase_count", "", "is required but not given", "必填，未填写")]
    [InlineData("year", "二〇二五", "cannot be read (expected a whole number)", "无法读取，应为整数")]
    public void RankDistricts_BadCell_MakesOnlyThatRowInvalid(string column, string raw, string en, string zh)
    {
        using var folder = new TempFolder();
        var cells = new Dictionary<string, string> { ["district_code"] = "500105", ["year"] = "2025", ["new_above_scale_count"] = "5", ["net_increase_count"] = "5", ["revenue_growth_rate"] = "0.1" };
        cells[column] = raw;
        var input = folder.Write("stats.csv", Lines([Header, .. Good2025, string.Join(",", Header.Split(',').Select(c => cells[c]))]));

        var english = CqPolicy.Run("rank-districts", input, "--year", "2025", "--lang", "en");
        var chinese = CqPolicy.Run("rank-districts", input, "--year", "2025");

        english.ExitCode.Should().Be(0, english.Error);
        chinese.ExitCode.Should().Be(0, chinese.Error);
        english.Output.Should().Contain($"row 5: {column}").And.Contain(en);
        chinese.Output.Should().Contain($"第 5 行：{column}").And.Contain(zh).And.NotContain("expected");
        var ranking = Ranking(folder.File("stats.ranking.csv"));
        ranking.Select(r => (r[0], r[3])).Should().Equal(
            [.. ranking.Take(3).Select(r => (r[0], "Eligible")), ("500105", "Invalid")]);
    }

    [Fact]
    public void RankDistricts_RatesAsFractionOrPercentage_ScoreAlike()
    {
        using var folder = new TempFolder();
        var fractions = folder.Write("fractions.csv", Lines(Header, "500101,2025,20,19,0.036", "500103,2025,30,10,0.083"));
        var percents = folder.Write("percents.csv", Lines(Header, "500101,2025,20,19,3.6%", "500103,2025,30,10,8.3%"));

        Rank(folder, percents).Should().BeEquivalentTo(Rank(folder, fractions), o => o.WithStrictOrdering());
    }

    [Theory]
    [InlineData("district_code")]
    [InlineData("year")]
    [InlineData("new_above_scale_count")]
    [InlineData("net_increase_count")]
    [InlineData("revenue_growth_rate")]
    public void RankDistricts_ColumnMissing_StopsNamingIt(string column)
    {
        using var folder = new TempFolder();
        var keep = Header.Split(',').Select((c, i) => (c, i)).Where(x => x.c != column).ToArray();
        var input = folder.Write("stats.csv", Lines([
            string.Join(",", keep.Select(x => x.c)),
            .. Good2025.Select(r => string.Join(",", keep.Select(x => r.Split(',')[x.i])))]));

        var message = CqPolicy.Run("rank-districts", input, "--year", "2025").ShouldHaveStopped(folder, input);

        message.Should().Contain($"'{column}'").And.Contain("missing");
    }

    [Fact]
    public void RankDistricts_NoRowForTheYear_Stops()
    {
        using var folder = new TempFolder();
        var input = folder.Write("stats.csv", Lines(Header, "500101,2024,20,19,0.036", "500103,2024,30,10,0.05"));

        var message = CqPolicy.Run("rank-districts", input, "--year", "2025").ShouldHaveStopped(folder, input);

        message.Should().Contain("no rows for 2025");
    }

    [Fact]
    public void RankDistricts_UnknownColumnAndAStop_PrintsOnlyTheError()
    {
        using var folder = new TempFolder();
        var input = folder.Write("stats.csv", Lines(Header + ",note", "500101,2024,20,19,0.036,x"));

        var message = CqPolicy.Run("rank-districts", input, "--year", "2025").ShouldHaveStopped(folder, input);

        message.Should().NotContain("warning");
    }

    [Fact]
    public void RankDistricts_QuoteNeverClosed_StopsNamingColumnAndLine()
    {
        using var folder = new TempFolder();
        var input = folder.Write("stats.csv", Lines(Header, Good2025[0], "500103,2025,30,10,\"0.05", Good2025[2]));

        var message = CqPolicy.Run("rank-districts", input, "--year", "2025").ShouldHaveStopped(folder, input);

        message.Should().Contain("'revenue_growth_rate'").And.Contain("line 3");
    }

    [Fact]
    public void RankDistricts_WrongFieldCount_MakesTheRowInvalid()
    {
        using var folder = new TempFolder();
        var input = folder.Write("stats.csv", Lines(Header, Good2025[0], "500103,2025,30,10,0.05,extra", Good2025[2]));

        var result = CqPolicy.Run("rank-districts", input, "--year", "2025", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("row 3: record \"6\"");
        Ranking(folder.File("stats.ranking.csv")).Single(r => r[0] == "500103")[3].Should().Be("Invalid");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void RankDistricts_EmptyFile_Stops(string text)
    {
        using var folder = new TempFolder();
        var input = folder.Write("stats.csv", text);

        CqPolicy.Run("rank-districts", input, "--year", "2025").ShouldHaveStopped(folder, input).Should().Contain("empty");
    }

    [Fact]
    public void RankDistricts_MissingFile_Stops()
    {
        using var folder = new TempFolder();

        CqPolicy.Run("rank-districts", folder.File("stats.csv"), "--year", "2025").ShouldHaveStopped(folder).Should().Contain("no such file");
    }
}
