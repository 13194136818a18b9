using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Cli.Tests.Commands;

/// <summary><c>cqpolicy measures</c>: every measure (with 7a–7d) with its clause text, kind, recipient, lead unit and parameters.</summary>
public sealed class MeasuresCommandTests
{
    private static readonly string[] Codes = ["1", "2", "3", "4", "5", "6", "7a", "7b", "7c", "7d", "8", "9", "10", "11", "12", "13", "14", "15", "16"];

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Measures_EitherLanguage_ListsEveryMeasureWithItsClauseTextAndParameters(string lang)
    {
        var result = CqPolicy.Run("measures", "--lang", lang);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var headings = lines.Where(l => l.StartsWith("── ", StringComparison.Ordinal)).ToList();
        headings.Select(h => h.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]).Take(Codes.Length).Should().Equal(Codes);
        foreach (var info in MeasureCatalogue.Default.All)
        {
            var zh = lang == "zh";
            headings.Should().Contain(h => h.Contains($"{info.Code}  {info.ClauseNumber} {(zh ? info.TitleZh : info.TitleEn)}"), info.Code);
            lines.Should().Contain($"  “{info.ClauseTextZh}”", $"measure {info.Code}'s clause text is quoted whole, on one line");
            lines.Should().Contain(l => l.Contains(zh ? info.RecipientZh : info.RecipientEn), $"measure {info.Code}'s recipient");
            lines.Should().Contain(l => l.Contains(zh ? info.LeadUnitZh : info.LeadUnitEn), $"measure {info.Code}'s lead unit");
            lines.Should().Contain(l => l.Contains(info.Kind.ToString()), $"measure {info.Code}'s kind");
            foreach (var channel in info.Channels)
            {
                lines.Should().Contain(l => l.Contains(zh ? channel.NameZh : channel.NameEn), $"measure {info.Code}'s channel {channel.NameEn}, on one line");
            }
        }

        foreach (var p in PolicyParameters.Descriptors)
        {
            lines.Should().Contain(l => l.StartsWith($"  {p.Path} = {p.DefaultJson}  [", StringComparison.Ordinal), $"parameter {p.Path} is listed with its default");
        }
    }

    [Fact]
    public void Measures_Default_IsChineseAndShowsMeasure1sCapFromTheText()
    {
        var result = CqPolicy.Run("measures");

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("（一） 项目投资补助")
            .And.Contain("最高不超过500万元")
            .And.Contain("measures.1.cap_yuan = 5000000  [原文: ")
            .And.Contain("measures.1.rate = 0.10  [解释: ");
    }
}
