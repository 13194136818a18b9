using System.Collections.Immutable;
using ChongqingServicePolicy.Cli.Generation;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Benchmarks;

/// <summary>The inputs every benchmark and the peer check use, from the repository's sample data or built here.</summary>
public static class BenchmarkInputs
{
    /// <summary>How many records one peer benchmark operation decides (its OperationsPerInvoke).</summary>
    public const int PeerInputCount = 16;

    /// <summary>"Today" for every decision, so runs on any day decide alike.</summary>
    public static readonly LocalDate Today = new(2026, 6, 30);

    /// <summary>
    /// The measure-1 decision of the target: eligible, its full seven-step trace (validity, producer service,
    /// amount positive, both shares, the cap, rounding), with the rate binding.
    /// </summary>
    public static ApplicationRecord Measure1Typical { get; } = new()
    {
        ApplicationId = "CQ2025-0001",
        Measure = MeasureId.Measure1,
        CreditCode = "91500103MA00001XY9",
        DistrictCode = 500103,
        ApplicationDate = new LocalDate(2025, 3, 1),
        ProducerService = true,
        TotalInvestmentYuan = 80_000_000m,
        ApprovedInvestmentYuan = 30_000_000m,
    };

    /// <summary>The repository's root, found by walking up from the program's folder or the working folder.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>Every readable record of samples/data/applications.csv, in file order.</summary>
    public static ImmutableArray<ApplicationRecord> SampleRecords => Samples.Value;

    // Read on first use, so that a cold-start child, which only needs Today, loads no CSV code.
    private static readonly Lazy<string> Root = new(FindRoot);
    private static readonly Lazy<ImmutableArray<ApplicationRecord>> Samples =
        new(() => ReadRecords(Path.Combine(RepositoryRoot, "samples", "data", "applications.csv")));

    /// <summary>
    /// The peers' inputs for a measure: the typical record (measure 1), then the sample file's records of the measure
    /// that the library finds valid and that carry no discretionary override or other-policy award (neither peer
    /// encodes those), repeated as needed to make <see cref="PeerInputCount"/>. Measure 2 keeps listed fields only:
    /// an unlisted one goes to review, which the peers do not model.
    /// </summary>
    /// <param name="measure">Measure 1 or 2.</param>
    /// <returns>The records.</returns>
    public static ApplicationRecord[] PeerInputs(MeasureId measure)
    {
        var engine = new PolicyEngine();
        var chosen = new List<ApplicationRecord>();
        if (measure == MeasureId.Measure1)
        {
            chosen.Add(Measure1Typical);
        }

        chosen.AddRange(SampleRecords.Where(r =>
            r.Measure == measure && r.OverrideAmountYuan is null && r.OtherPolicyAwardYuan is null &&
            (measure != MeasureId.Measure2 || r.PlatformField != PlatformField.Other) &&
            engine.Evaluate(r, Today).Outcome != Outcome.Invalid));
        if (chosen.Count == 0)
        {
            throw new InvalidOperationException($"The sample file has no usable record of measure {measure.ToCode()}.");
        }

        return Enumerable.Range(0, PeerInputCount).Select(i => chosen[i % chosen.Count]).ToArray();
    }

    /// <summary>
    /// One record per measure from the sample file: the first eligible one, else the first one that is not invalid, else
    /// the first one of the measure (measure （六）'s award itself comes from the ranking, which RankingBenchmarks measures).
    /// </summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The record.</returns>
    public static ApplicationRecord Representative(MeasureId measure)
    {
        var engine = new PolicyEngine();
        var ofMeasure = SampleRecords.Where(r => r.Measure == measure).ToList();
        return ofMeasure.FirstOrDefault(r => engine.Evaluate(r, Today).Outcome == Outcome.Eligible)
            ?? ofMeasure.FirstOrDefault(r => engine.Evaluate(r, Today).Outcome != Outcome.Invalid)
            ?? ofMeasure.FirstOrDefault()
            ?? throw new InvalidOperationException($"The sample file has no record of measure {measure.ToCode()}.");
    }

    /// <summary>Writes a generated applications file (the CLI's generator, its default seed).</summary>
    /// <param name="path">Where.</param>
    /// <param name="rows">How many data rows.</param>
    public static void Generate(string path, int rows)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        ApplicationGenerator.Write(writer, rows, ApplicationGenerator.DefaultSeed);
    }

    /// <summary>The records of an applications file that were read whole (rows with problems are left out).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The records, in file order.</returns>
    public static ImmutableArray<ApplicationRecord> ReadRecords(string path)
    {
        using var reader = ApplicationCsvReader.Open(path);
        return [.. reader.ReadRows().Where(r => r.Record is not null).Select(r => r.Record!)];
    }

    /// <summary>The statistics rows of a district statistics file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The rows that were read whole.</returns>
    public static ImmutableArray<DistrictStatistics> ReadStatistics(string path)
    {
        using var reader = DistrictStatisticsCsvReader.Open(path);
        return [.. reader.ReadAll().Where(r => r.Statistics is not null).Select(r => r.Statistics!)];
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChongqingServicePolicy.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: ChongqingServicePolicy.sln was not found above " + AppContext.BaseDirectory);
    }
}
