using System.Text;
using ChongqingServicePolicy.Cli.Tests.Support;
using static ChongqingServicePolicy.Cli.Tests.Reading.ReadingRun;

namespace ChongqingServicePolicy.Cli.Tests.Reading;

public sealed class EncodingTests
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private static string ChineseFile() => Lines(
        Applications.Header,
        AppRow.Measure1("渝中-甲-001").With("applicant_name", "重庆渝中供应链科技有限公司"),
        AppRow.Measure1("江北-乙-002"));

    [Fact]
    public void Evaluate_Utf8WithoutBom_ReadsChineseIds()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", ChineseFile());

        var rows = Evaluate(folder, input);

        rows.Select(r => r.ApplicationId).Should().Equal("渝中-甲-001", "江北-乙-002");
        rows.Should().OnlyContain(r => r.Outcome == "Eligible" && r.AwardYuan == "3000000.00");
    }

    [Fact]
    public void Evaluate_Utf8WithBom_MatchesTheFirstHeaderNameAndReadsEveryRow()
    {
        using var folder = new TempFolder();
        var input = folder.WriteBytes("apps.csv", [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(ChineseFile())]);

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty("a byte order mark is not an unknown column");
        ReadDecisions(folder.File("apps.decisions.csv")).Select(r => (r.ApplicationId, r.Outcome))
            .Should().Equal(("渝中-甲-001", "Eligible"), ("江北-乙-002", "Eligible"));
    }

    [Theory]
    [InlineData("gb18030")]
    [InlineData("GBK")]
    public void Evaluate_Gb18030WithEncodingOption_KeepsChineseIntoDecisions(string name)
    {
        using var folder = new TempFolder();
        var input = folder.WriteBytes("apps.csv", Gb18030.GetBytes(ChineseFile()));

        var rows = Evaluate(folder, input, "--encoding", name);

        rows.Select(r => r.ApplicationId).Should().Equal("渝中-甲-001", "江北-乙-002");
        rows.Should().OnlyContain(r => r.Outcome == "Eligible");
        rows[0].Explanation.Should().StartWith("（一）项目投资补助：符合条件");
    }

    [Fact]
    public void Evaluate_Gb18030ReadAsUtf8_StopsNamingTheLineAndHintingTheOption()
    {
        using var folder = new TempFolder();
        var text = Lines(Applications.Header, AppRow.Measure1("A-1").With("applicant_name", "Chongqing Yuzhong Co"), AppRow.Measure1("渝中-003"));
        var input = folder.WriteBytes("apps.csv", Gb18030.GetBytes(text));

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("line 3").And.Contain("UTF-8").And.Contain("--encoding gb18030");
    }

    [Fact]
    public void Evaluate_BadByteFarIntoTheFile_NamesItsOwnLine()
    {
        using var folder = new TempFolder();
        var sb = new StringBuilder(Applications.Header).Append('\n');
        for (var i = 1; i <= 5000; i++)
        {
            sb.Append(AppRow.Measure1($"A-{i}")).Append('\n');
        }

        var good = new UTF8Encoding(false).GetBytes(sb.ToString());
        var bad = Gb18030.GetBytes(Lines(AppRow.Measure1("渝中-5001"), AppRow.Measure1("A-5002")));
        var input = folder.WriteBytes("apps.csv", [.. good, .. bad]);

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("line 5002").And.NotContain("line 1:");
    }

    [Fact]
    public void Evaluate_BadByteAfterMultiLineFields_NamesThePhysicalLine()
    {
        using var folder = new TempFolder();
        var text = Lines(
            Applications.Header,
            AppRow.Measure1("A-1").With("applicant_name", "\"两行\n的名称\""),
            AppRow.Measure1("A-2").With("applicant_name", "\"三行\n的\n名称\""));
        var bad = Gb18030.GetBytes(Lines(AppRow.Measure1("渝中-3")));
        var input = folder.WriteBytes("apps.csv", [.. new UTF8Encoding(false).GetBytes(text), .. bad]);

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("line 7", "lines 1, 2–3 and 4–6 come before it");
    }

    [Fact]
    public void Evaluate_BytesNotValidGb18030_StopsNamingTheLine()
    {
        using var folder = new TempFolder();
        var head = Gb18030.GetBytes(Lines(Applications.Header, AppRow.Measure1("渝中-1")));
        var input = folder.WriteBytes("apps.csv", [.. head, 0x41, 0xFF, 0x42, (byte)'\n']);

        var message = CqPolicy.Run("evaluate", input, "--encoding", "gb18030").ShouldHaveStopped(folder, input);

        message.Should().Contain("line 3").And.Contain("GB18030");
    }

    [Fact]
    public void Evaluate_InvalidUtf8InTheHeader_NamesLineOne()
    {
        using var folder = new TempFolder();
        var input = folder.WriteBytes("apps.csv", [.. Gb18030.GetBytes("申请编号," + Applications.Header + "\n"), .. Encoding.ASCII.GetBytes(AppRow.Measure1("A-1") + "\n")]);

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("line 1");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Evaluate_Utf16WithByteOrderMark_IsReadWhateverTheOption(bool bigEndian)
    {
        using var folder = new TempFolder();
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var input = folder.WriteBytes("apps.csv", [.. encoding.GetPreamble(), .. encoding.GetBytes(ChineseFile())]);

        var rows = Evaluate(folder, input);

        rows.Select(r => (r.ApplicationId, r.Outcome)).Should().Equal(("渝中-甲-001", "Eligible"), ("江北-乙-002", "Eligible"));
    }

    [Fact]
    public void Evaluate_Utf8ByteOrderMarkWithGb18030Option_ReadsUtf8AndWarnsOnce()
    {
        using var folder = new TempFolder();
        var input = folder.WriteBytes("apps.csv", [0xEF, 0xBB, 0xBF, .. new UTF8Encoding(false).GetBytes(ChineseFile())]);

        var result = CqPolicy.Run("evaluate", input, "--encoding", "gb18030");

        result.ExitCode.Should().Be(0, result.Error);
        var warnings = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        warnings.Should().ContainSingle().Which.Should().Contain("warning").And.Contain("byte order mark").And.Contain("GB18030");
        ReadDecisions(folder.File("apps.decisions.csv")).Select(r => r.ApplicationId).Should().Equal("渝中-甲-001", "江北-乙-002");
    }

    [Fact]
    public void Evaluate_Utf16WithoutByteOrderMark_StopsAsNotReadableText()
    {
        using var folder = new TempFolder();
        var input = folder.WriteBytes("apps.csv", new UnicodeEncoding(false, false).GetBytes(ChineseFile()));

        var message = CqPolicy.Run("evaluate", input).ShouldHaveStopped(folder, input);

        message.Should().Contain("UTF-16");
    }
}
