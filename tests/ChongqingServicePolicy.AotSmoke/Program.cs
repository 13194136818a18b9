using ChongqingServicePolicy;
using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using NodaTime;

// One decision, one decision record written, read back and replayed, and one parameter file read: the paths that
// would break first if anything in the library needed reflection that native AOT removes.
var parameters = PolicyParameters.FromJson("""{ "measures": { "1": { "cap_yuan": 8000000 } } }""");
var engine = new PolicyEngine(parameters);
var today = new LocalDate(2025, 6, 1);
var record = new ApplicationRecord
{
    ApplicationId = "AOT-1",
    Measure = MeasureId.Measure1,
    CreditCode = "91500103MA00001XY9",
    DistrictCode = 500103,
    ApplicationDate = new LocalDate(2025, 3, 1),
    ProducerService = true,
    TotalInvestmentYuan = 80_000_000m,
    ApprovedInvestmentYuan = 30_000_000m,
};

var decision = engine.Evaluate(record, today);
var json = engine.CreateRecord(record, decision, today).ToJson();
var reread = DecisionRecord.Parse(json);
var replay = new PolicyEngine().Replay(reread);

Console.WriteLine(decision.Explain(Language.English).ReplaceLineEndings(" | "));
Console.WriteLine($"record: {json.Length} characters; round trip identical: {reread.ToJson() == json}; replay: {replay}");
var ok = decision.Outcome == Outcome.Eligible && decision.AwardYuan == 3_000_000m && reread.ToJson() == json && replay.Reproduces;
Console.WriteLine(ok ? "AOT smoke test passed" : "AOT smoke test FAILED");
return ok ? 0 : 1;
