using ChongqingServicePolicy.Cli.Tests.Support;

namespace ChongqingServicePolicy.Cli.Tests.Commands;

/// <summary><c>--parameters</c>: overrides change the decisions; a file refused is exit 2 naming the parameter or the file.</summary>
public sealed class ParametersOptionTests
{
    [Fact]
    public void Evaluate_ParametersRaisingMeasure1sCap_RaisesTheAward()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1", approved: 70_000_000m), AppRow.Measure13("B-1")));
        var parameters = folder.Write("p.json", """{ "measures": { "1": { "cap_yuan": 8000000 } } }""");

        var defaults = CqPolicy.Run("evaluate", input, "--out", folder.File("d0.csv"));
        var raised = CqPolicy.Run("evaluate", input, "--out", folder.File("d1.csv"), "--parameters", parameters);

        defaults.ExitCode.Should().Be(0, defaults.Error);
        raised.ExitCode.Should().Be(0, raised.Error);
        DecisionsFile.Read(folder.File("d0.csv")).Select(l => (l.AwardYuan, l.Reason)).Should().Equal(("5000000.00", "cap-applied"), ("600000.00", "rate-applied"));
        DecisionsFile.Read(folder.File("d1.csv")).Select(l => (l.AwardYuan, l.Reason)).Should().Equal(("7000000.00", "rate-applied"), ("600000.00", "rate-applied"));
    }

    [Theory]
    [InlineData("unknown.json", """{ "measures": { "1": { "cap_yuan": 8000000, "bogus": 1 } } }""", "measures.1.bogus")]
    [InlineData("section.json", """{ "measurez": {} }""", "measurez")]
    [InlineData("negative.json", """{ "measures": { "1": { "cap_yuan": -5 } } }""", "measures.1.cap_yuan")]
    [InlineData("text.json", """{ "measures": { "1": { "cap_yuan": "abc" } } }""", "measures.1.cap_yuan")]
    [InlineData("notjson.json", "not json\nat all", "notjson.json")]
    [InlineData("empty.json", "", "empty.json")]
    public void Evaluate_ParametersFileRefused_ExitsTwoWithOneLineNamingTheParameterOrFile(string name, string json, string named)
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));
        var parameters = folder.Write(name, json);

        var result = CqPolicy.Run("evaluate", input, "--parameters", parameters);

        result.ExitCode.Should().Be(2);
        HelpAndUsageTests.OneLine(result.Error).Should().StartWith($"cqpolicy: {parameters}: ").And.Contain(named);
        folder.Files().Should().Equal("apps.csv", name);
    }

    [Fact]
    public void Evaluate_ParametersIsAFolder_ExitsTwoSayingSo()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", AppRow.File(AppRow.Measure1("A-1")));
        Directory.CreateDirectory(folder.File("p.json"));

        var result = CqPolicy.Run("evaluate", input, "--parameters", folder.File("p.json"));

        result.ExitCode.Should().Be(2);
        HelpAndUsageTests.OneLine(result.Error).Should().Contain("p.json").And.Contain("folder");
        folder.Files().Should().Equal("apps.csv");
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("rank-districts")]
    public void Command_ParametersFileMissing_ExitsTwoNamingIt(string command)
    {
        using var folder = new TempFolder();
        var input = command == "evaluate"
            ? folder.Write("in.csv", AppRow.File(AppRow.Measure1("A-1")))
            : folder.Write("in.csv", "district_code,year,new_above_scale_count,net_increase_count,revenue_growth_rate\n500103,2025,10,5,0.1\n");
        string[] args = command == "evaluate" ? [command, input] : [command, input, "--year", "2025"];

        var result = CqPolicy.Run([.. args, "--parameters", folder.File("missing.json")]);

        result.ExitCode.Should().Be(2);
        HelpAndUsageTests.OneLine(result.Error).Should().Contain("missing.json").And.Contain("does not exist");
        folder.Files().Should().Equal("in.csv");
    }
}
