using ChongqingServicePolicy.Cli.Tests.Support;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Cli.Tests.Commands;

/// <summary><c>cqpolicy generate</c>: deterministic by seed, and what it writes evaluates as it means to.</summary>
public sealed class GenerateCommandTests
{
    [Fact]
    public void Generate_SameSeed_WritesIdenticalBytes()
    {
        using var folder = new TempFolder();

        CqPolicy.Run("generate", "--rows", "700", "--seed", "5", "--out", folder.File("a.csv")).ExitCode.Should().Be(0);
        CqPolicy.Run("generate", "--rows", "700", "--seed", "5", "--out", folder.File("b.csv")).ExitCode.Should().Be(0);

        File.ReadAllBytes(folder.File("a.csv")).Should().Equal(File.ReadAllBytes(folder.File("b.csv")));
        File.ReadAllLines(folder.File("a.csv")).Should().HaveCount(701);
    }

    [Fact]
    public void Generate_DifferentSeed_WritesADifferentFile()
    {
        using var folder = new TempFolder();

        CqPolicy.Run("generate", "--rows", "700", "--seed", "5", "--out", folder.File("a.csv")).ExitCode.Should().Be(0);
        CqPolicy.Run("generate", "--rows", "700", "--seed", "6", "--out", folder.File("b.csv")).ExitCode.Should().Be(0);

        File.ReadAllText(folder.File("a.csv")).Should().NotBe(File.ReadAllText(folder.File("b.csv")));
    }

    [Fact]
    public void Generate_NoSeed_WritesTheBundledSample()
    {
        using var folder = new TempFolder();

        var result = CqPolicy.Run("generate", "--rows", "320", "--out", folder.File("a.csv"));

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("320 rows (seed 20241119)");
        File.ReadAllBytes(folder.File("a.csv")).Should().Equal(File.ReadAllBytes(Path.Combine(SampleDataTests.RepoRoot(), "samples", "data", "applications.csv")));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(77)]
    [InlineData(20241119)]
    public void Generate_AnySeed_EvaluatesWithOnlyTheNineInvalidRowsEachDeckMeansToMake(int seed)
    {
        using var folder = new TempFolder();
        var input = folder.File("g.csv");
        CqPolicy.Run("generate", "--rows", "1200", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", input).ExitCode.Should().Be(0);

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty("a generated file has only contract columns");
        var lines = DecisionsFile.Read(folder.File("g.decisions.csv"));
        lines.Should().HaveCount(1200);
        lines.Count(l => l.Outcome == "Invalid").Should().Be(90, "each deck of 120 rows holds nine rows invalid by design");
        using var reader = ApplicationCsvReader.Open(input);
        var rows = reader.ReadRows().ToList();
        var engine = new PolicyEngine(clock: CqPolicy.Clock);
        var decided = engine.EvaluateBatch(rows.Where(r => r.Record is not null).Select(r => r.Record!));
        var faults = rows.Where(r => r.Record is null).SelectMany(r => r.Problems).Concat(decided.Where(d => d.Outcome == Outcome.Invalid).SelectMany(d => d.Problems)).ToList();
        faults.Select(p => p.Code).Should().NotContain([ProblemCode.FieldCount, ProblemCode.DuplicateApplicationId], "generated rows are well formed and their ids unique");
        decided.Where(d => d.Outcome == Outcome.Invalid && d.Measure != MeasureId.Measure6).Should().OnlyContain(d => d.Problems.Length > 0);
        Enum.GetValues<Outcome>().Should().OnlyContain(o => lines.Any(l => l.Outcome == o.ToString()), "a generated file shows every outcome");
    }
}
