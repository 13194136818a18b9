using System.Globalization;
using ChongqingServicePolicy.Cli.Tests.Support;
using nietras.SeparatedValues;

namespace ChongqingServicePolicy.Cli.Tests.Commands;

/// <summary><c>cqpolicy rank-districts</c> over the bundled statistics: the table printed and ranking.csv written.</summary>
public sealed class RankDistrictsCommandTests
{
    [Theory]
    [InlineData("district-stats-2024.csv", "2024", 38)]
    [InlineData("district-stats-2025.csv", "2025", 37)]
    public void RankDistricts_BundledYear_PrintsTheTableAndWritesOneRankingRowPerUnit(string file, string year, int units)
    {
        using var folder = new TempFolder();
        var input = folder.WriteBytes(file, File.ReadAllBytes(Path.Combine(SampleDataTests.RepoRoot(), "samples", "data", file)));

        var result = CqPolicy.Run("rank-districts", input, "--year", year, "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        var output = folder.File(Path.GetFileNameWithoutExtension(file) + ".ranking.csv");
        var rows = ReadRanking(output);
        rows.Should().HaveCount(units);
        rows.Select(r => r["rank"]).Should().Equal(Enumerable.Range(1, units).Select(i => i.ToString(CultureInfo.InvariantCulture)), "the bundled statistics have no ties");
        rows.Select(r => r["district_code"]).Should().OnlyHaveUniqueItems();
        rows.Should().OnlyContain(r => r["outcome"] == "Eligible" || r["outcome"] == "Ineligible");
        var table = PrintedTables.Parse(result.Output).Single();
        table.Header.Should().Equal("rank", "district_code", "district", "score", "outcome", "award_yuan", "reason");
        table.Rows.Select(r => (r[1], r[3], r[5])).Should().Equal(rows.Select(r => (r["district_code"], r["score"], Money(r["award_yuan"]))));
        var total = rows.Sum(r => decimal.Parse(r["award_yuan"], CultureInfo.InvariantCulture));
        total.Should().BePositive();
        result.Output.Should().Contain($"{units} districts ranked, awards {Money(total.ToString(CultureInfo.InvariantCulture))} yuan");
        folder.Files().Should().BeEquivalentTo(Path.GetFileName(output), file);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void RankDistricts_UnderAnyCulture_WritesInvariantNumbersAndIsoDates(string culture)
    {
        using var folder = new TempFolder();
        var input = folder.Write("stats.csv", "district_code,year,new_above_scale_count,net_increase_count,revenue_growth_rate\n500103,2025,10,-5,-0.35\n500104,2025,8,4,0.2\n500106,2025,1,0,-0.1\n");

        CliResult result;
        using (new CultureScope(culture))
        {
            result = CqPolicy.Run("rank-districts", input, "--year", "2025", "--out", folder.File("r.csv"));
        }

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("基准日 2025-12-31");
        var rows = ReadRanking(folder.File("r.csv"));
        rows.Should().HaveCount(3);
        rows.Select(r => r["outcome"]).Should().Equal("Eligible", "Eligible", "Eligible");
        foreach (var row in rows)
        {
            row["score"].Should().MatchRegex(@"^-?\d+\.\d{6}$", "a score is a number a spreadsheet can sort, never escaped as text");
            row["award_yuan"].Should().MatchRegex(@"^\d+\.\d{2}$");
        }
    }

    private static List<Dictionary<string, string>> ReadRanking(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        reader.Header.ColNames.Should().Equal("district_code", "rank", "score", "outcome", "award_yuan");
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>();
            foreach (var column in reader.Header.ColNames)
            {
                cells[column] = row[column].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }

    private static string Money(string invariant) => decimal.Parse(invariant, CultureInfo.InvariantCulture).ToString("#,0.00", CultureInfo.InvariantCulture);
}
