using System.Globalization;
using System.Text;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;

namespace ChongqingServicePolicy.Tests.Cross;

/// <summary>
/// The CSV batch (two streaming passes over a file) decides exactly as <see cref="PolicyEngine.EvaluateBatch(IEnumerable{ApplicationRecord})"/>:
/// the same outcomes, amounts, 就高不重复 and, for a repeated application id, the same trace and problems.
/// </summary>
public sealed class CsvBatchAgreementTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cqpolicy-agreement-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ApplicationRecord[] Batch() =>
    [
        Records.Measure1() with { ApplicationId = "A-1", SubjectId = "P-1" },
        Records.Measure7a() with { ApplicationId = "A-2", SubjectId = "P-1" },
        Records.Measure2() with { ApplicationId = "A-1", SubjectId = "P-1" },
        Records.Measure13() with { ApplicationId = "A-3", OtherPolicyAwardYuan = 800_000m, OtherPolicyName = "渝府发〔2023〕12号" },
        Records.Measure5(growth: 0.05m) with { ApplicationId = "A-4" },
        Records.Measure1(approved: -1m) with { ApplicationId = "A-3" },
        Records.Measure3(tier: 2) with { ApplicationId = "A-5", SubjectId = "P-1" },
    ];

    [Fact]
    public void WithDuplicateApplicationId_IsWhatEvaluateBatchDecidesForARepeat()
    {
        var engine = Records.Engine();
        var records = Batch();

        var batch = engine.EvaluateBatch(records);
        var alone = engine.Evaluate(records[2]).WithDuplicateApplicationId();

        batch[2].Outcome.Should().Be(Outcome.Invalid);
        batch[2].Trace.Should().NotBeEmpty("the repeated record is decided and keeps its trace");
        alone.Trace.Should().Equal(batch[2].Trace);
        alone.Problems.Should().Equal(batch[2].Problems);
        alone.Problems.Should().Equal(new Problem(RecordField.ApplicationId, "A-1", ProblemCode.DuplicateApplicationId));
        (alone.Outcome, alone.AwardYuan, alone.PayableYuan, alone.Reason, alone.AwardReason, alone.NonDuplication)
            .Should().Be((batch[2].Outcome, batch[2].AwardYuan, batch[2].PayableYuan, batch[2].Reason, batch[2].AwardReason, batch[2].NonDuplication));
        alone.Explain().Should().Be(batch[2].Explain());
    }

    [Fact]
    public void WithDuplicateApplicationId_NamingTheFirstRow_KeepsIt_AndSaysItInBothLanguages()
    {
        var decision = Records.Engine().Evaluate(Records.Measure1() with { ApplicationId = "A-1" }).WithDuplicateApplicationId("7");

        decision.Problems.Should().Equal(new Problem(RecordField.ApplicationId, "A-1", ProblemCode.DuplicateApplicationId, "7"));
        decision.Explain(Language.English).Should().EndWith("application_id \"A-1\": repeats the application id of row 7");
        decision.Explain(Language.Chinese).Should().EndWith("application_id \"A-1\": 与第 7 行的申请编号重复");
        Records.Engine().Evaluate(Records.Measure1() with { ApplicationId = "A-1" }).WithDuplicateApplicationId(null).Explain(Language.English)
            .Should().EndWith("application_id \"A-1\": repeats an earlier application id");
    }

    [Fact]
    public void WithDuplicateApplicationId_KeepsEarlierProblemsFirst()
    {
        var decision = Records.Engine().Evaluate(Records.Measure1(approved: -1m) with { ApplicationId = "A-3" });

        var repeated = decision.WithDuplicateApplicationId();

        repeated.Problems.Should().Equal([.. decision.Problems, new Problem(RecordField.ApplicationId, "A-3", ProblemCode.DuplicateApplicationId)]);
        repeated.Outcome.Should().Be(Outcome.Invalid);
        repeated.PayableYuan.Should().Be(0m);
    }

    [Theory]
    [InlineData(Language.Chinese)]
    [InlineData(Language.English)]
    public void CsvBatchEvaluator_SameDecisionsAsEvaluateBatch(Language language)
    {
        var engine = Records.Engine();
        var records = Batch();
        var input = Path.Combine(_folder, "applications.csv");
        File.WriteAllText(input, ToCsv(records), new UTF8Encoding(false));
        var options = new CsvEvaluationOptions { Language = language };

        var output = Path.Combine(_folder, "decisions.csv");
        new CsvBatchEvaluator(engine).Evaluate(input, output, options);

        File.ReadAllText(output).Should().Be(Expected(engine, records, input, language));
    }

    /// <summary>
    /// decisions.csv as the engine's batch decisions would be written, a repeated id naming the file's row where it
    /// first appears (which only a reader of the file knows: the header is row 1, the first record row 2).
    /// </summary>
    private string Expected(PolicyEngine engine, ApplicationRecord[] records, string input, Language language)
    {
        var batch = engine.EvaluateBatch(records);
        batch[2].Problems.Should().Contain(p => p.Code == ProblemCode.DuplicateApplicationId);
        var decisions = batch.Select((d, i) => d.Problems.Any(p => p.Code == ProblemCode.DuplicateApplicationId)
            ? engine.Evaluate(records[i]).WithDuplicateApplicationId(
                (Array.FindIndex(records, r => r.ApplicationId == records[i].ApplicationId) + 2).ToString(CultureInfo.InvariantCulture))
            : d).ToArray();
        List<ApplicationRow> rows;
        using (var reader = ApplicationCsvReader.Open(input))
        {
            rows = reader.ReadRows().ToList();
        }

        var path = Path.Combine(_folder, $"expected-{language}.csv");
        using (var text = new StreamWriter(path, false, DecisionCsvWriter.FileEncoding))
        using (var writer = new DecisionCsvWriter(text, language))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                writer.Write(rows[i], decisions[i]);
            }
        }

        return File.ReadAllText(path);
    }

    private static string ToCsv(IEnumerable<ApplicationRecord> records)
    {
        static string D(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        static string B(bool? v) => v is { } b ? (b ? "true" : "false") : string.Empty;
        static string I(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var sb = new StringBuilder(string.Join(",", ApplicationCsvReader.Columns)).Append('\n');
        foreach (var r in records)
        {
            string[] cells =
            [
                r.ApplicationId, r.Measure.ToCode(), r.ApplicantName ?? string.Empty, r.CreditCode ?? string.Empty, I(r.DistrictCode),
                r.ApplicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, r.SubjectId ?? string.Empty,
                B(r.ProducerService), D(r.TotalInvestmentYuan), D(r.ApprovedInvestmentYuan), B(r.MajorProjectApproved),
                r.PlatformField?.ToCode() ?? string.Empty, r.ClusterGrade?.ToString() ?? string.Empty, I(r.ClusterTier), B(r.InCluster),
                B(r.BuildingStarRated), I(r.BuildingTier), D(r.RevenueGrowthRate), B(r.FirstTimeTop500), B(r.SpunOffFromManufacturer),
                D(r.AnnualRevenueYuan), D(r.EventActualInputYuan), D(r.OtherPolicyAwardYuan), r.OtherPolicyName ?? string.Empty,
                D(r.OverrideAmountYuan), r.OverrideApprovalRef ?? string.Empty,
            ];
            sb.Append(string.Join(",", cells)).Append('\n');
        }

        return sb.ToString();
    }
}
