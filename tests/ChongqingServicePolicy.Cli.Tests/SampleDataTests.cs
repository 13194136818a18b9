using ChongqingServicePolicy.Cli.Generation;
using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Cli.Tests;

/// <summary>The bundled sample files are what README and the issue promise, and the generator reproduces them.</summary>
public sealed class SampleDataTests
{
    private static string Data(string name) => Path.Combine(RepoRoot(), "samples", "data", name);

    [Fact]
    public void Applications_BundledFile_IsTheGeneratorsOutputFor320RowsAndTheDefaultSeed()
    {
        var text = new StringWriter();
        ApplicationGenerator.Write(text, 320, ApplicationGenerator.DefaultSeed);

        File.ReadAllText(Data("applications.csv")).Should().Be(text.ToString(), "the sample is reproducible with `cqpolicy generate --rows 320`");
    }

    [Fact]
    public void Applications_BundledFile_CoversEveryMeasureAndEveryOutcome()
    {
        using var folder = new TempFolder();
        var summary = new CsvBatchEvaluator(new PolicyEngine(clock: CqPolicy.Clock)).Evaluate(Data("applications.csv"), folder.File("d.csv"));

        summary.Total.Rows.Should().BeGreaterThanOrEqualTo(300);
        summary.Measures.Select(m => m.Id).Should().BeEquivalentTo(MeasureIds.All.Select(id => (MeasureId?)id));
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            summary.Total.Count(outcome).Should().BePositive($"the sample shows {outcome}");
        }

        summary.Total.Suppressed.Should().BeGreaterThanOrEqualTo(3, "a few 就高不重复 groups");
    }

    [Fact]
    public void Applications_BundledFile_UsesDistrictsOnBothSidesOfThe2025Change()
    {
        using var reader = ApplicationCsvReader.Open(Data("applications.csv"));
        var records = reader.ReadRows().Where(r => r.Record is not null).Select(r => r.Record!).ToList();
        var change = new LocalDate(2025, 11, 6);

        records.Should().Contain(r => r.DistrictCode == 500105 && r.ApplicationDate < change);
        records.Should().Contain(r => r.DistrictCode == 500112 && r.ApplicationDate < change);
        records.Should().Contain(r => r.DistrictCode == 500157 && r.ApplicationDate >= change);
        var engine = new PolicyEngine(clock: CqPolicy.Clock);
        records.Where(r => r.CreditCode is not null && !UnifiedSocialCreditCode.IsValid(r.CreditCode))
            .Should().OnlyContain(r => engine.Evaluate(r).Outcome == Outcome.Invalid, "only the rows meant to be invalid carry a wrong credit code");
    }

    [Theory]
    [InlineData("district-stats-2024.csv", 2024, 38)]
    [InlineData("district-stats-2025.csv", 2025, 37)]
    public void DistrictStats_BundledFile_HasOneRowForEachUnitInForceAtTheYearsEnd(string file, int year, int units)
    {
        using var reader = DistrictStatisticsCsvReader.Open(Data(file));
        var rows = reader.ReadAll();
        var inForce = DistrictRegistry.Default.UnitsInForceOn(new LocalDate(year, 12, 31)).Select(u => u.Code).ToList();

        rows.Should().OnlyContain(r => r.Statistics != null && r.Statistics.Year == year);
        rows.Select(r => r.Statistics!.DistrictCode).Should().BeEquivalentTo(inForce);
        inForce.Should().HaveCount(units);
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChongqingServicePolicy.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (ChongqingServicePolicy.sln) is not above the test assembly.");
    }
}
