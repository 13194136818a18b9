using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Engine;

/// <summary>Runs the host example of README.md and checks the README still shows exactly this code.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_RunsAsDocumented_GivesTheAwardItPrints()
    {
        using var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            // README-BEGIN
            var services = new ServiceCollection()
                .AddChongqingServicePolicy(p => p.Measure1 = p.Measure1 with { CapYuan = 8_000_000m })
                .BuildServiceProvider();
            var engine = services.GetRequiredService<PolicyEngine>();

            var decision = engine.Evaluate(new ApplicationRecord
            {
                ApplicationId = "CQ2025-0001",
                Measure = MeasureId.Measure1,
                CreditCode = "91500103MA00001XY9",
                DistrictCode = 500103,
                ApplicationDate = new LocalDate(2025, 3, 1),
                ProducerService = true,
                TotalInvestmentYuan = 80_000_000m,
                ApprovedInvestmentYuan = 30_000_000m,
            });

            Console.WriteLine($"{decision.Outcome} {decision.AwardYuan} {decision.Reason.ToCode()}");
            Console.WriteLine(decision.Explain(Language.English));
            // README-END
        }
        finally
        {
            Console.SetOut(console);
        }

        var lines = output.ToString().Split(Environment.NewLine);
        lines[0].Should().Be("Eligible 3000000.00 rate-applied");
        lines[1].Should().Be("Measure (1) Project investment subsidy: eligible, award CNY 3,000,000.00, payable CNY 3,000,000.00 (rate-applied)");
    }

    [Fact]
    public void Readme_HostExample_IsTheCodeThisTestRuns()
    {
        var root = Repository.Root();
        var testSource = File.ReadAllLines(Path.Combine(root, "tests", "ChongqingServicePolicy.Tests", "Engine", "ReadmeExampleTests.cs"));
        var begin = Array.FindIndex(testSource, l => l.Trim() == "// README-BEGIN");
        var end = Array.FindIndex(testSource, l => l.Trim() == "// README-END");
        var tested = testSource[(begin + 1)..end].Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        var readme = File.ReadAllLines(Path.Combine(root, "README.md"));
        var start = Array.FindIndex(readme, l => l.Trim() == "```csharp");
        var stop = Array.FindIndex(readme, start + 1, l => l.Trim() == "```");
        var shown = readme[(start + 1)..stop].Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)).ToList();

        shown.Should().Equal(tested);
    }
}
