using System.Buffers;
using System.Text;
using System.Text.Json;
using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Audit;

/// <summary>The decision record's canonical JSON: byte-identical round trips, its members, and the parameter fingerprint.</summary>
public sealed class DecisionRecordFormatTests
{
    public static TheoryData<string> Cases => AuditCases.Names();

    [Fact]
    public void Cases_CoverEveryMeasureAndOutcome()
    {
        var decisions = AuditCases.ByName.Values.Select(r => r.Decision).ToList();

        decisions.Select(d => d.Outcome).Distinct().Order().Should().Equal(Enum.GetValues<Outcome>().Order());
        decisions.Select(d => d.Measure).Where(m => m.IsDefined()).Distinct().Order().Should().Equal(MeasureIds.All);
        decisions.Select(d => d.NonDuplication?.Suppression).Distinct().Should().Contain([
            SuppressionKind.None, SuppressionKind.SupersededByHigher, SuppressionKind.SupersededByOtherPolicy]);
        decisions.Select(d => d.Reason).Distinct().Should().Contain([
            ReasonCode.RateApplied, ReasonCode.RatioCapApplied, ReasonCode.CapApplied, ReasonCode.TierAward, ReasonCode.OverrideApplied,
            ReasonCode.BelowThreshold, ReasonCode.FieldNeedsReview, ReasonCode.AmountNotFixed, ReasonCode.NonMonetarySupport,
            ReasonCode.OutsideValidity, ReasonCode.InvalidInput]);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToJson_ParseThenToJson_SameBytes(string name)
    {
        var record = AuditCases.ByName[name];
        var json = record.ToJson();

        var again = DecisionRecord.Parse(json).ToJson();

        again.Should().Be(json);
        DecisionRecord.Parse(Encoding.UTF8.GetBytes(json)).ToJson().Should().Be(json);
        json.Should().NotContain("\n").And.NotContain("\r").And.StartWith("{\"format_version\":1,");
        Minified(json).Should().Be(json, "the canonical form has no insignificant white space");
    }

    private static string Minified(string json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.RootElement.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_EveryValueComesBack(string name)
    {
        var record = AuditCases.ByName[name];

        var read = DecisionRecord.Parse(record.ToJson());

        read.FormatVersion.Should().Be(DecisionRecord.CurrentFormatVersion);
        read.LibraryVersion.Should().Be(record.LibraryVersion);
        read.PolicyId.Should().Be(PolicyEngine.PolicyId);
        read.EvaluationDate.Should().Be(record.EvaluationDate);
        read.Input.Should().Be(record.Input, "the input record compares by value");
        read.ParametersSha256.Should().Be(record.ParametersSha256);
        read.Parameters.Fingerprint.Should().Be(record.Parameters.Fingerprint);
        read.ExplanationZh.Should().Be(record.ExplanationZh);
        read.ApplicationId.Should().Be(record.Input.ApplicationId);

        var (a, b) = (read.Decision, record.Decision);
        (a.ApplicationId, a.SubjectId, a.Measure, a.Date, a.Outcome).Should().Be((b.ApplicationId, b.SubjectId, b.Measure, b.Date, b.Outcome));
        (a.AwardYuan, a.AwardYuan.Scale, a.PayableYuan, a.PayableYuan.Scale).Should().Be((b.AwardYuan, b.AwardYuan.Scale, b.PayableYuan, b.PayableYuan.Scale));
        (a.AwardReason, a.Reason).Should().Be((b.AwardReason, b.Reason));
        a.Trace.Should().Equal(b.Trace);
        a.Problems.Should().Equal(b.Problems);
        a.Explain(Language.English).Should().Be(b.Explain(Language.English));
        if (b.NonDuplication is { } nd)
        {
            a.NonDuplication.Should().NotBeNull();
            a.NonDuplication!.Compared.Should().Equal(nd.Compared);
            a.NonDuplication.ComparedApplicationIds.Should().Equal(nd.ComparedApplicationIds);
            (a.NonDuplication with { Compared = nd.Compared, ComparedApplicationIds = nd.ComparedApplicationIds }).Should().Be(nd);
        }
        else
        {
            a.NonDuplication.Should().BeNull();
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WriteTo_SameBytesAsToJson(string name)
    {
        var record = AuditCases.ByName[name];
        var buffer = new ArrayBufferWriter<byte>();

        record.WriteTo(buffer);

        buffer.WrittenSpan.ToArray().Should().Equal(Encoding.UTF8.GetBytes(record.ToJson()));
    }

    [Fact]
    public void ToJson_Measure1AtCap_MembersInOrderWithCodesAndAmountsAsGiven()
    {
        var record = AuditCases.ByName["params/cap-8m"];

        using var document = JsonDocument.Parse(record.ToJson());
        var root = document.RootElement;

        root.EnumerateObject().Select(p => p.Name).Should().Equal(
            "format_version", "library_version", "policy_id", "evaluation_date", "input", "input_sha256", "parameters", "parameters_sha256", "decision", "explanation_zh");
        root.GetProperty("policy_id").GetString().Should().Be("渝发改规范〔2024〕7号");
        root.GetProperty("evaluation_date").GetString().Should().Be("2025-06-01");
        root.GetProperty("input").GetProperty("measure").GetString().Should().Be("1");
        root.GetProperty("input").GetProperty("approved_investment_yuan").GetRawText().Should().Be("90000000");
        root.GetProperty("input").TryGetProperty("other_policy_award_yuan", out _).Should().BeFalse("null members are not written");
        root.GetProperty("parameters").GetProperty("measures").GetProperty("1").GetProperty("cap_yuan").GetRawText().Should().Be("8000000.00");
        var decision = root.GetProperty("decision");
        decision.GetProperty("outcome").GetString().Should().Be("Eligible");
        decision.GetProperty("award_yuan").GetRawText().Should().Be("8000000.00");
        decision.GetProperty("payable_yuan").GetRawText().Should().Be("8000000.00");
        decision.GetProperty("reason").GetString().Should().Be("cap-applied");
        var cap = decision.GetProperty("trace").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "absolute-cap");
        cap.GetProperty("clause").GetString().Should().Be("1");
        cap.GetProperty("comparison").GetString().Should().Be("ceiling");
        cap.GetProperty("binding").GetBoolean().Should().BeTrue();
        cap.GetProperty("values").GetProperty("left").GetRawText().Should().Be("""{"unit":"yuan","number":8000000.00}""");
        root.GetProperty("explanation_zh").GetString().Should().Be(record.Decision.Explain(Language.Chinese).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ToJson_BatchDecision_KeepsComparedRecordsAndOtherPolicy()
    {
        var record = AuditCases.ByName["batch/other-policy#1"];

        using var document = JsonDocument.Parse(record.ToJson());
        var nd = document.RootElement.GetProperty("decision").GetProperty("non_duplication");

        nd.GetProperty("suppression").GetString().Should().Be("superseded-by-other-policy");
        nd.GetProperty("other_policy_award_yuan").GetRawText().Should().Be("3500000");
        nd.GetProperty("other_policy_name").GetString().Should().Be("渝府发〔2023〕12号");
        nd.GetProperty("compared").GetRawText().Should().Be(
            """[{"application_id":"C-1","measure":"1","award_yuan":3000000.00,"date":"2025-03-01"},{"application_id":"C-2","measure":"13","award_yuan":600000.00,"date":"2025-03-01"}]""");
    }

    [Fact]
    public void ToJson_UndefinedMeasure_WrittenAsItsNumberAndReadBack()
    {
        var record = AuditCases.ByName["undefined-measure"];

        var json = record.ToJson();

        json.Should().Contain("\"measure\":\"42\"");
        DecisionRecord.Parse(json).Input.Measure.Should().Be((MeasureId)42);
    }

    [Fact]
    public void Parameters_LoadWithTheParameterLoaderToTheSameFingerprint()
    {
        var record = AuditCases.ByName["params/cap-8m"];
        using var document = JsonDocument.Parse(record.ToJson());

        var loaded = PolicyParameters.FromJson(document.RootElement.GetProperty("parameters").GetRawText());

        loaded.Fingerprint.Should().Be(record.ParametersSha256);
        loaded.Measure1.CapYuan.Should().Be(8_000_000m);
        loaded.ToJson().Should().Be(document.RootElement.GetProperty("parameters").GetRawText());
    }

    [Fact]
    public void Parse_DefaultParameters_SharedNotLoadedAgain()
    {
        var read = DecisionRecord.Parse(AuditCases.ByName["1/valid"].ToJson());
        var other = DecisionRecord.Parse(AuditCases.ByName["params/cap-8m"].ToJson());

        read.Parameters.Should().BeSameAs(PolicyParameters.Default);
        other.Parameters.Should().NotBeSameAs(PolicyParameters.Default);
        other.Parameters.Measure1.CapYuan.Should().Be(8_000_000.00m);
    }

    [Fact]
    public void Fingerprint_IsSha256OfCanonicalJsonAndComputedOnce()
    {
        var parameters = AuditCases.Cap8M;

        var first = parameters.Fingerprint;

        first.Should().MatchRegex("^[0-9a-f]{64}$");
        first.Should().Be(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(parameters.ToJson()))).ToLowerInvariant());
        parameters.Fingerprint.Should().BeSameAs(first);
        first.Should().NotBe(PolicyParameters.Default.Fingerprint);
        PolicyParameters.FromJson(parameters.ToJson(indented: true)).Fingerprint.Should().Be(first);
    }

    [Fact]
    public void Fingerprint_ManyThreadsAtOnce_OneValue()
    {
        var parameters = PolicyParameters.Default.With(b => b.Measure13 = b.Measure13 with { CapYuan = 900_000m });

        var prints = new string[8];
        Parallel.For(0, prints.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => prints[i] = parameters.Fingerprint);

        prints.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Create_DecisionForAnotherApplication_Refused()
    {
        var engine = AuditCases.Engine();
        var input = Support.Records.Measure1();
        var other = engine.Evaluate(input with { ApplicationId = "X-9" }, AuditCases.Today);

        var act = () => engine.CreateRecord(input, other, AuditCases.Today);

        act.Should().Throw<ArgumentException>().WithMessage("*X-9*");
    }

    [Fact]
    public void CreateRecord_UsesTheEnginesParametersAndToday()
    {
        var engine = AuditCases.Engine(AuditCases.Cap8M);
        var input = Support.Records.Measure1() with { ApplicationDate = null };
        var today = new LocalDate(2025, 7, 1);

        var record = engine.CreateRecord(input, engine.Evaluate(input, today), today);

        record.Parameters.Should().BeSameAs(AuditCases.Cap8M);
        record.ParametersSha256.Should().Be(AuditCases.Cap8M.Fingerprint);
        record.EvaluationDate.Should().Be(today);
        record.Decision.Date.Should().Be(today);
        record.LibraryVersion.Should().NotBeNullOrWhiteSpace();
        record.ExplanationZh.Should().Contain("未填申请日期").And.NotContain("\r");
    }
}
