using ChongqingServicePolicy;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// One decision through dependency injection, as a host makes it.
using var services = new ServiceCollection()
    .AddChongqingServicePolicy()
    .BuildServiceProvider();
var engine = services.GetRequiredService<PolicyEngine>();

var decision = engine.Evaluate(new ApplicationRecord
{
    ApplicationId = "HOST-1",
    Measure = MeasureId.Measure1,
    CreditCode = "91500103MA00001XY9",
    DistrictCode = 500103,
    ApplicationDate = new LocalDate(2025, 3, 1),
    ProducerService = true,
    TotalInvestmentYuan = 80_000_000m,
    ApprovedInvestmentYuan = 30_000_000m,
});

Console.WriteLine(decision);
var version = typeof(PolicyEngine).Assembly.GetName().Version;
Console.WriteLine($"ChongqingServicePolicy {version} from the package");
return decision.Outcome == Outcome.Eligible && decision.AwardYuan == 3_000_000m ? 0 : 1;
