using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace ChongqingServicePolicy.Tests.Audit;

/// <summary>
/// Decision records covering every measure and every outcome, single and batch decisions, 就高不重复, overrides,
/// a parameter override and a reader's invalid row; and functions that edit a record's JSON.
/// </summary>
internal static class AuditCases
{
    /// <summary>The day the engines decide as of (their fixed clock's date in Asia/Shanghai).</summary>
    public static readonly LocalDate Today = new(2025, 6, 1);

    /// <summary>Measure 1's cap raised to 8,000,000.00 (scale kept), for the parameter-override cases.</summary>
    public static readonly PolicyParameters Cap8M = PolicyParameters.FromJson("""{ "measures": { "1": { "cap_yuan": 8000000.00 } } }""");

    private static readonly Lazy<IReadOnlyDictionary<string, DecisionRecord>> All = new(Build);

    /// <summary>Every case by name.</summary>
    public static IReadOnlyDictionary<string, DecisionRecord> ByName => All.Value;

    /// <summary>The case names, for <see cref="MemberDataAttribute"/>.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Value.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>The JSON of the case of that name.</summary>
    public static string Json(string name) => ByName[name].ToJson();

    /// <summary>Reads a record's JSON that must be refused, and gives the refusal.</summary>
    public static DecisionRecordException Refused(string json)
    {
        var act = () => DecisionRecord.Parse(json);
        return act.Should().Throw<DecisionRecordException>().Which;
    }

    /// <summary>An engine with the given parameters and the tests' fixed clock.</summary>
    public static PolicyEngine Engine(PolicyParameters? parameters = null) =>
        new(parameters, new FakeClock(Instant.FromUtc(2025, 6, 1, 4, 0)));

    /// <summary>Edits a record's JSON as a tree and writes it back on one line.</summary>
    public static string Edit(string json, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        edit(root);
        return root.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The lower-case hex SHA-256 of a JSON node written without white space.</summary>
    public static string Sha256(JsonNode node) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })))).ToLowerInvariant();

    private static IReadOnlyDictionary<string, DecisionRecord> Build()
    {
        var engine = Engine();
        var cases = new Dictionary<string, DecisionRecord>(StringComparer.Ordinal);

        void Single(string name, ApplicationRecord input, PolicyEngine? with = null)
        {
            var e = with ?? engine;
            cases.Add(name, e.CreateRecord(input, e.Evaluate(input, Today), Today));
        }

        void Batch(string name, PolicyEngine e, params ApplicationRecord[] inputs)
        {
            var decisions = e.EvaluateBatch(inputs, Today);
            for (var i = 0; i < inputs.Length; i++)
            {
                cases.Add($"{name}#{i}", e.CreateRecord(inputs[i], decisions[i], Today));
            }
        }

        // Every measure: a valid record, one outside the validity, one with an unknown district, one without a date.
        foreach (var measure in MeasureIds.All)
        {
            var valid = Support.Records.ValidFor(measure) with { ApplicationId = "M" + measure.ToCode() };
            Single($"{measure.ToCode()}/valid", valid);
            Single($"{measure.ToCode()}/outside-validity", valid with { ApplicationDate = new LocalDate(2024, 11, 18) });
            Single($"{measure.ToCode()}/unknown-district", valid with { DistrictCode = 500199 });
            Single($"{measure.ToCode()}/no-date", valid with { ApplicationDate = null });
        }

        // Ineligible, needs review and the trace's other steps.
        Single("1/below-threshold", Support.Records.Measure1(approved: 0m));
        Single("1/not-producer-service", Support.Records.Measure1() with { ProducerService = false });
        Single("1/cap", Support.Records.Measure1(approved: 60_000_000m));
        Single("1/ratio-cap", Support.Records.Measure1(approved: 20_000_000m, total: 20_000_000m));
        Single("1/major-project", Support.Records.Measure1(approved: 300_000_000m, total: 400_000_000m, major: true));
        Single("1/override", Support.Records.Measure1() with { OverrideAmountYuan = 4_000_000.555m, OverrideApprovalRef = "渝府办〔2025〕3号" });
        Single("1/district-transition", Support.Records.Measure1() with { DistrictCode = 500105, ApplicationDate = new LocalDate(2025, 12, 1) });
        Single("1/negative-and-bad-code", Support.Records.Measure1(approved: -0.01m) with { CreditCode = "91500103MA5U7Y2Q0X" });
        Single("2/other-field", Support.Records.Measure2(field: PlatformField.Other));
        Single("2/threshold", Support.Records.Measure2(approved: 5_000_000m));
        Single("3/grade-b", Support.Records.Measure3(ClusterGrade.B));
        Single("3/tier-3", Support.Records.Measure3(tier: 3));
        Single("5/growth-tier-2", Support.Records.Measure5(growth: 0.10m));
        Single("5/growth-below", Support.Records.Measure5(growth: 0.0999m));
        Single("7a/not-first", Support.Records.Measure7a(firstTime: false));
        Single("7c/below", Support.Records.Measure7c(revenue: 19_999_999.99m));
        Single("13/rate", Support.Records.Measure13(input: 1_234_567.89m));
        Single("undefined-measure", Support.Records.Common((MeasureId)42, "U-1"));

        // A row a file reader could not read: its problems cannot be re-derived from the typed input.
        var unreadable = Support.Records.Common(MeasureId.Measure1, "R-7") with { DistrictCode = 0, ApplicationDate = null };
        cases.Add("reader/unreadable", engine.CreateRecord(
            unreadable,
            Decision.ForInvalidInput("R-7", "R-7", MeasureId.Measure1, Today, [
                new Problem(RecordField.ApprovedInvestmentYuan, "1,234", ProblemCode.UnreadableValue, "a plain decimal amount in yuan such as 1234567.89"),
                new Problem(RecordField.Record, "27", ProblemCode.FieldCount, "26"),
            ]),
            Today));

        // Batches: 就高不重复 within the policy, against another policy, and a repeated application id.
        Batch(
            "batch/higher", engine,
            Support.Records.Measure1() with { ApplicationId = "B-1", SubjectId = "P-1" },
            Support.Records.Measure7a() with { ApplicationId = "B-2", SubjectId = "P-1" },
            Support.Records.Measure13() with { ApplicationId = "B-3", SubjectId = "P-1" });
        Batch(
            "batch/other-policy", engine,
            Support.Records.Measure1() with { ApplicationId = "C-1", SubjectId = "P-2", OtherPolicyAwardYuan = 3_500_000m, OtherPolicyName = "渝府发〔2023〕12号" },
            Support.Records.Measure13() with { ApplicationId = "C-2", SubjectId = "P-2" });
        Batch(
            "batch/duplicate-id", engine,
            Support.Records.Measure1() with { ApplicationId = "D-1" },
            Support.Records.Measure2() with { ApplicationId = "D-1" });
        Single("single/other-policy-lower", Support.Records.Measure1() with { ApplicationId = "E-1", OtherPolicyAwardYuan = 1_000_000m });

        // Parameters other than the defaults.
        var cap8 = Engine(Cap8M);
        Single("params/cap-8m", Support.Records.Measure1(approved: 90_000_000m, total: 200_000_000m) with { ApplicationId = "F-1" }, cap8);
        Batch(
            "params/batch", cap8,
            Support.Records.Measure1(approved: 90_000_000m, total: 200_000_000m) with { ApplicationId = "G-1", SubjectId = "P-3" },
            Support.Records.Measure7a() with { ApplicationId = "G-2", SubjectId = "P-3" });
        return cases;
    }
}
