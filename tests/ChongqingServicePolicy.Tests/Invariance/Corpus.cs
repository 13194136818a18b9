using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Properties;
using CsCheck;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Invariance;

/// <summary>
/// A fixed batch of generated records (every measure, hostile twists, shared subjects) and a year of district
/// statistics, and everything the library says about them as text: decisions, explanations in both languages,
/// decision records, replays and the ranking.
/// </summary>
internal static class Corpus
{
    public static readonly LocalDate Today = new(2025, 6, 1);

    /// <summary>400 records, the same every run.</summary>
    public static readonly IReadOnlyList<ApplicationRecord> Batch = Gen.Select(Generators.AnyRecord, Gen.Int[0, 60], (r, s) => r with
    {
        SubjectId = s < 20 ? $"S{s}" : null,
    }).Array[400].Single(_ => true, "fuE5MALmdQD4")
        .Append(Support.Records.Measure2(field: PlatformField.Other) with { ApplicationId = "R-unlisted-field" })
        .Append(Support.Records.Common(MeasureId.Measure7b, "R-association"))
        .ToList();

    /// <summary>Statistics for every unit in force at the end of 2025, with growth rates of several decimals.</summary>
    public static readonly IReadOnlyList<DistrictStatistics> Statistics = DistrictRegistry.Default.UnitsInForceOn(new LocalDate(2025, 12, 31))
        .Select((u, i) => new DistrictStatistics(u.Code, 2025, (i * 7) % 13, ((i * 5) % 11) - 3, (((i * 37) % 61) - 20) / 137m))
        .ToList();

    /// <summary>Everything said about the batch, one string per record.</summary>
    public static IReadOnlyList<string> Describe(PolicyEngine engine) =>
        Describe(engine, engine.EvaluateBatch(Batch, Today));

    /// <summary>What the decisions say as text, and their records.</summary>
    public static IReadOnlyList<string> Describe(PolicyEngine engine, IReadOnlyList<Decision> decisions) =>
        [.. decisions.Select((d, i) => string.Join(
            "\n",
            d.ToString(),
            d.Explain(Language.Chinese),
            d.Explain(Language.English),
            d.Summarize(Language.Chinese),
            string.Join("; ", d.Problems.Select(p => p.ToString())),
            engine.CreateRecord(Batch[i], d, Today).ToJson(),
            engine.CreateRecord(Batch[i], d, Today).ToString()))];

    /// <summary>Every replay of the batch's records, as text.</summary>
    public static IReadOnlyList<string> Replays(PolicyEngine engine, IReadOnlyList<string> records) =>
        [.. records.Select(json => engine.Replay(DecisionRecord.Parse(json)).ToString())];

    /// <summary>The ranking as text.</summary>
    public static string Ranking(PolicyEngine engine)
    {
        var ranking = engine.RankDistricts(2025, Statistics);
        return string.Join(
            "\n",
            ranking.Entries.Select(e => FormattableString.Invariant($"{e.Rank} {e.DistrictCode} {e.Score} {e.Outcome} {e.AwardYuan} {e.Explain(Language.Chinese)} {e.Explain(Language.English)}"))) +
            FormattableString.Invariant($"{ranking.TotalAwardYuan}");
    }
}
