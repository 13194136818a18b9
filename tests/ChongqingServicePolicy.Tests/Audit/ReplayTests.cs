using System.Text.Json.Nodes;
using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Parameters;
using static ChongqingServicePolicy.Tests.Audit.AuditCases;

namespace ChongqingServicePolicy.Tests.Audit;

/// <summary>Replay: every decision reproduces, and every edit of a stored record is found and named.</summary>
public sealed class ReplayTests
{
    private readonly PolicyEngine _engine = AuditCases.Engine();

    public static TheoryData<string> Cases => AuditCases.Names();

    private ReplayResult ReplayEdited(string name, Action<JsonObject> edit) =>
        _engine.Replay(DecisionRecord.Parse(AuditCases.Edit(Json(name), edit)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Replay_EveryCase_Reproduces(string name)
    {
        var record = AuditCases.ByName[name];

        var result = _engine.Replay(record);

        result.Differences.Should().BeEmpty();
        result.Status.Should().Be(ReplayStatus.Reproduces);
        result.Reproduces.Should().BeTrue();
        result.ApplicationId.Should().Be(record.ApplicationId);
        result.ToString().Should().Be($"{record.ApplicationId}: reproduces");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Replay_EveryCaseReadBackFromJson_Reproduces(string name)
    {
        var result = _engine.Replay(DecisionRecord.Parse(Json(name)));

        result.Differences.Should().BeEmpty();
        result.Status.Should().Be(ReplayStatus.Reproduces);
    }

    [Fact]
    public void Replay_RecordMadeUnderOtherParameters_ReproducesWithTheRecordsParameters()
    {
        var record = DecisionRecord.Parse(Json("params/cap-8m"));
        record.Decision.AwardYuan.Should().Be(8_000_000m, "the record was made with measure 1's cap at 8,000,000");

        var result = AuditCases.Engine().Replay(record);

        result.Status.Should().Be(ReplayStatus.Reproduces, "the default engine replays under the recorded parameters, not its own");
    }

    [Fact]
    public void Replay_AwardEdited_DiffersNamingAward()
    {
        var result = ReplayEdited("1/valid", r => r["decision"]!["award_yuan"] = 3_000_001.00m);

        result.Status.Should().Be(ReplayStatus.Differs);
        result.Reproduces.Should().BeFalse();
        result.Differences.Should().Contain(new ReplayDifference("decision.award_yuan", "3000001.00", "3000000.00"));
        result.ToString().Should().Be("M1: decision.award_yuan 3000001.00 → 3000000.00");
    }

    [Fact]
    public void Replay_AmountScaleEdited_Differs()
    {
        var result = ReplayEdited("1/valid", r => r["decision"]!["award_yuan"] = 3_000_000m);

        result.Differences.Should().Equal(new ReplayDifference("decision.award_yuan", "3000000", "3000000.00"));
    }

    [Fact]
    public void Replay_PayableEdited_DiffersNamingPayable()
    {
        var result = ReplayEdited("1/valid", r => r["decision"]!["payable_yuan"] = 2_000_000.00m);

        result.Differences.Should().Contain(new ReplayDifference("decision.payable_yuan", "2000000.00", "3000000.00"));
    }

    [Fact]
    public void Replay_OutcomeEdited_DiffersNamingOutcome()
    {
        var result = ReplayEdited("1/below-threshold", r => r["decision"]!["outcome"] = "NotApplicable");

        result.Status.Should().Be(ReplayStatus.Differs);
        result.Differences.Should().Contain(new ReplayDifference("decision.outcome", "NotApplicable", "Ineligible"));
    }

    [Fact]
    public void Replay_ReasonEdited_DiffersNamingReason()
    {
        var result = ReplayEdited("1/valid", r => r["decision"]!["reason"] = "cap-applied");

        result.Differences.Should().Contain(new ReplayDifference("decision.reason", "cap-applied", "rate-applied"));
        result.Differences.Select(d => d.Field).Should().NotContain("decision.award_reason");
    }

    [Fact]
    public void Replay_TraceValueEdited_DiffersNamingTheValue()
    {
        var json = Json("1/valid");
        var index = JsonNode.Parse(json)!["decision"]!["trace"]!.AsArray().Select(s => (string)s!["code"]!).ToList().IndexOf("share-of-base");

        var result = ReplayEdited("1/valid", r => r["decision"]!["trace"]![index]!["values"]!["right"]!["number"] = 31_000_000m);

        result.Differences.Should().Contain(new ReplayDifference($"decision.trace[{index}].values.right", "31000000 yuan", "30000000 yuan"));
    }

    [Fact]
    public void Replay_TraceStepRemoved_DiffersNamingThatStepOnly()
    {
        var recorded = JsonNode.Parse(Json("1/valid"))!["decision"]!["trace"]!.AsArray();
        var code = (string)recorded[2]!["code"]!;

        var result = ReplayEdited("1/valid", r => r["decision"]!["trace"]!.AsArray().RemoveAt(2));

        result.Status.Should().Be(ReplayStatus.Differs);
        var traceDifferences = result.Differences.Where(d => d.Field.StartsWith("decision.trace", StringComparison.Ordinal)).ToList();
        traceDifferences.Should().ContainSingle();
        traceDifferences[0].Field.Should().Be("decision.trace[2]");
        traceDifferences[0].Recorded.Should().BeNull();
        traceDifferences[0].Replayed.Should().Contain($"\"code\":\"{code}\"");
    }

    [Fact]
    public void Replay_EvaluationDateEditedOnRecordWithoutApplicationDate_DiffersNamingDate()
    {
        var result = ReplayEdited("1/no-date", r => r["evaluation_date"] = "2025-06-02");

        result.Differences.Should().Contain(new ReplayDifference("decision.date", "2025-06-01", "2025-06-02"));
        result.Differences.Should().Contain(new ReplayDifference("decision.trace[0].values.left", "20250601 date", "20250602 date"));
    }

    [Fact]
    public void Replay_InputFieldEdited_IsTamperedNamingTheFingerprintAndWhatItChanged()
    {
        var result = ReplayEdited("1/valid", r => r["input"]!["approved_investment_yuan"] = 31_000_000m);

        result.Status.Should().Be(ReplayStatus.Tampered);
        result.Differences[0].Field.Should().Be("input_sha256");
        result.Differences.Should().Contain(new ReplayDifference("decision.award_yuan", "3000000.00", "3100000.00"));
        result.Differences.Should().Contain(d => d.Field.StartsWith("decision.trace[", StringComparison.Ordinal) && d.Replayed == "31000000 yuan");
    }

    [Theory]
    [InlineData("applicant_name", "另一家公司")]
    [InlineData("credit_code", "91500103MA00001XY9")]
    public void Replay_InputFieldThatTakesNoPartEdited_IsStillFoundByTheInputFingerprint(string member, string value)
    {
        var result = ReplayEdited("1/valid", r => r["input"]![member] = value);

        result.Status.Should().Be(ReplayStatus.Tampered);
        result.Differences[0].Field.Should().Be("input_sha256");
        result.Differences[0].Recorded.Should().NotBe(result.Differences[0].Replayed);
    }

    [Fact]
    public void Replay_EvaluationDateEditedOnRecordWithApplicationDate_IsFoundByTheInputFingerprint()
    {
        var result = ReplayEdited("1/valid", r => r["evaluation_date"] = "2027-01-05");

        result.Status.Should().Be(ReplayStatus.Tampered);
        result.Differences.Select(d => d.Field).Should().Equal("input_sha256");
    }

    [Fact]
    public void Replay_InputEditedWithItsFingerprintRecomputed_DiffersOnlyWhereTheDecisionChanged()
    {
        var record = AuditCases.ByName["1/valid"];
        var edited = record.Input with { ApprovedInvestmentYuan = 31_000_000m };
        var json = System.Text.Json.Nodes.JsonNode.Parse(record.ToJson())!;
        json["input"]!["approved_investment_yuan"] = 31_000_000m;
        json["input_sha256"] = DecisionRecord.Create(edited, new PolicyEngine().Evaluate(edited, record.EvaluationDate), record.EvaluationDate, record.Parameters).InputSha256;

        var result = _engine.Replay(DecisionRecord.Parse(json.ToJsonString()));

        result.Status.Should().Be(ReplayStatus.Differs);
        result.Differences.Should().Contain(new ReplayDifference("decision.award_yuan", "3000000.00", "3100000.00"));
    }

    [Fact]
    public void Replay_ExplanationEdited_DiffersNamingTheLine()
    {
        var result = ReplayEdited("1/valid", r => r["explanation_zh"] = ((string)r["explanation_zh"]!).Replace("3,000,000.00", "3,500,000.00", StringComparison.Ordinal));

        result.Differences.Should().NotBeEmpty();
        result.Differences.Should().OnlyContain(d => d.Field.StartsWith("explanation_zh[", StringComparison.Ordinal));
        result.Differences[0].Field.Should().Be("explanation_zh[0]");
        result.Differences[0].Recorded.Should().Contain("3,500,000.00");
        result.Differences[0].Replayed.Should().Contain("3,000,000.00");
    }

    [Fact]
    public void Replay_PolicyIdEdited_DiffersNamingPolicyId()
    {
        var result = ReplayEdited("1/valid", r => r["policy_id"] = "渝发改规范〔2025〕1号");

        result.Differences.Should().Equal(new ReplayDifference("policy_id", "渝发改规范〔2025〕1号", PolicyEngine.PolicyId));
    }

    [Fact]
    public void Replay_LibraryVersionEdited_StillReproduces()
    {
        var result = ReplayEdited("1/valid", r => r["library_version"] = "0.9.0");

        result.Status.Should().Be(ReplayStatus.Reproduces);
    }

    [Fact]
    public void Replay_ParametersEditedWithoutFingerprint_Tampered()
    {
        var record = AuditCases.ByName["1/valid"];

        var result = ReplayEdited("1/valid", r => r["parameters"]!["measures"]!["1"]!["cap_yuan"] = 2_000_000);

        result.Status.Should().Be(ReplayStatus.Tampered);
        result.Reproduces.Should().BeFalse();
        result.Differences.Should().ContainSingle();
        result.Differences[0].Field.Should().Be("parameters_sha256");
        result.Differences[0].Recorded.Should().Be(record.ParametersSha256);
        result.Differences[0].Replayed.Should().MatchRegex("^[0-9a-f]{64}$").And.NotBe(record.ParametersSha256);
        result.ToString().Should().StartWith("M1: parameters_sha256 ");
    }

    [Fact]
    public void Replay_ParametersEditedAndFingerprintRecomputed_DiffersOnTheAward()
    {
        var result = ReplayEdited("1/valid", r =>
        {
            r["parameters"]!["measures"]!["1"]!["cap_yuan"] = 2_000_000;
            r["parameters_sha256"] = AuditCases.Sha256(r["parameters"]!);
        });

        result.Status.Should().Be(ReplayStatus.Differs);
        result.Differences.Should().Contain(new ReplayDifference("decision.award_yuan", "3000000.00", "2000000.00"));
        result.Differences.Should().Contain(new ReplayDifference("decision.reason", "rate-applied", "cap-applied"));
    }

    [Fact]
    public void Replay_ParametersReformattedWithSameValues_NotTampered()
    {
        var json = Json("params/cap-8m");
        var indented = JsonNode.Parse(json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

        var result = _engine.Replay(DecisionRecord.Parse(indented));

        result.Status.Should().Be(ReplayStatus.Reproduces, "white space is not part of the parameters");
    }

    [Fact]
    public void Replay_WithOtherParameters_ListsChangedParameterAndDecisionFields()
    {
        var record = AuditCases.ByName["1/cap"];

        var result = _engine.Replay(record, AuditCases.Cap8M);

        result.Status.Should().Be(ReplayStatus.Differs);
        result.Differences[0].Should().Be(new ReplayDifference("parameters.measures.1.cap_yuan", "5000000", "8000000.00"));
        result.Differences.Count(d => d.Field.StartsWith("parameters.", StringComparison.Ordinal)).Should().Be(1);
        result.Differences.Should().Contain(new ReplayDifference("decision.award_yuan", "5000000.00", "6000000.00"));
        result.Differences.Should().Contain(new ReplayDifference("decision.reason", "cap-applied", "rate-applied"));
    }

    [Fact]
    public void Replay_WithOtherParametersThatDoNotChangeTheAward_ListsParameterAndTheCapStep()
    {
        var result = _engine.Replay(AuditCases.ByName["1/valid"], AuditCases.Cap8M);

        result.Status.Should().Be(ReplayStatus.Differs);
        result.Differences[0].Should().Be(new ReplayDifference("parameters.measures.1.cap_yuan", "5000000", "8000000.00"));
        result.Differences.Should().Contain(d => d.Field.EndsWith(".values.left", StringComparison.Ordinal) && d.Recorded == "5000000 yuan" && d.Replayed == "8000000.00 yuan");
        result.Differences.Select(d => d.Field).Should().NotContain(["decision.award_yuan", "decision.payable_yuan", "decision.reason"]);
    }

    [Fact]
    public void Replay_WithTheRecordsOwnParameters_Reproduces()
    {
        var record = AuditCases.ByName["params/cap-8m"];

        _engine.Replay(record, PolicyParameters.FromJson(AuditCases.Cap8M.ToJson())).Status.Should().Be(ReplayStatus.Reproduces);
    }

    [Fact]
    public void Replay_WithOtherParametersOnTamperedRecord_Tampered()
    {
        var record = DecisionRecord.Parse(AuditCases.Edit(Json("1/valid"), r => r["parameters"]!["measures"]!["13"]!["rate"] = 0.25m));

        _engine.Replay(record, AuditCases.Cap8M).Status.Should().Be(ReplayStatus.Tampered);
    }

    [Fact]
    public void Replay_BatchLoser_ComparisonReappliedAsRecorded()
    {
        // B-1 (3,000,000) lost to B-2 (5,000,000). Lower B-2's recorded award and B-1 wins on replay.
        var name = "batch/higher#0";
        var compared = JsonNode.Parse(Json(name))!["decision"]!["non_duplication"]!["compared"]!.AsArray();
        compared.Select(c => (string)c!["application_id"]!).Should().Equal("B-1", "B-2", "B-3");

        var result = ReplayEdited(name, r => r["decision"]!["non_duplication"]!["compared"]![1]!["award_yuan"] = 2_000_000.00m);

        result.Status.Should().Be(ReplayStatus.Differs);
        result.Differences.Should().Contain(new ReplayDifference("decision.payable_yuan", "0", "3000000.00"));
        result.Differences.Should().Contain(new ReplayDifference("decision.reason", "superseded-by-higher", "rate-applied"));
        result.Differences.Should().Contain(new ReplayDifference("decision.non_duplication.suppression", "superseded-by-higher", "none"));
        result.Differences.Should().Contain(new ReplayDifference("decision.non_duplication.winner_application_id", "B-2", "B-1"));
    }

    [Fact]
    public void Replay_BatchWinnerWithLowerInput_LosesToRecordedOtherPolicy()
    {
        // C-1's own award falls below the other policy's recorded 3,500,000 either way; raise it above and C-1 wins.
        var result = ReplayEdited("batch/other-policy#0", r => r["input"]!["approved_investment_yuan"] = 40_000_000m);

        result.Differences.Should().Contain(new ReplayDifference("decision.award_yuan", "3000000.00", "4000000.00"));
        result.Differences.Should().Contain(new ReplayDifference("decision.non_duplication.suppression", "superseded-by-other-policy", "none"));
        result.Differences.Should().Contain(new ReplayDifference("decision.non_duplication.compared[0].award_yuan", "3000000.00", "4000000.00"));
    }

    [Fact]
    public void Replay_DuplicateIdProblemRemoved_DiffersNamingProblem()
    {
        var name = "batch/duplicate-id#1";
        AuditCases.ByName[name].Decision.Problems.Should().ContainSingle(p => p.Code == ProblemCode.DuplicateApplicationId);

        var result = ReplayEdited(name, r =>
        {
            r["decision"]!["problems"]!.AsArray().Clear();
        });

        // Without the recorded repeat the record is decided on its own: eligible.
        result.Differences.Should().Contain(new ReplayDifference("decision.outcome", "Invalid", "Eligible"));
    }

    [Fact]
    public void Replay_ReaderProblemsEdited_TakenAsRecordedButExplanationDiffers()
    {
        var result = ReplayEdited("reader/unreadable", r => r["decision"]!["problems"]![0]!["value"] = "1.234");

        result.Status.Should().Be(ReplayStatus.Differs);
        result.Differences.Should().OnlyContain(d => d.Field.StartsWith("explanation_zh[", StringComparison.Ordinal));
        result.Differences.Should().ContainSingle().Which.Replayed.Should().Contain("1.234");
    }

    [Fact]
    public void Replay_SameRecordsFromEightThreads_SameResultsAsOneThread()
    {
        var records = AuditCases.ByName.Values.Select(r => DecisionRecord.Parse(r.ToJson())).ToList();
        var other = PolicyParameters.Default.With(b => b.Measure13 = b.Measure13 with { Rate = 0.25m });
        var engine = AuditCases.Engine();
        string Run(DecisionRecord r) => $"{engine.Replay(r)} | {engine.Replay(r, AuditCases.Cap8M)} | {engine.Replay(r, other)}";
        var expected = records.Select(Run).ToList();

        var results = new string[8][];
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            var mine = new string[records.Count];
            for (var round = 0; round < 5; round++)
            {
                for (var i = 0; i < records.Count; i++)
                {
                    // Each thread walks the records from a different place, so the engines for other parameters interleave.
                    var k = (i + (t * 7)) % records.Count;
                    mine[k] = Run(records[k]);
                }
            }

            results[t] = mine;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        expected.Should().Contain(s => s.Contains("parameters.measures.13.rate", StringComparison.Ordinal));
        foreach (var result in results)
        {
            result.Should().Equal(expected);
        }
    }
}
