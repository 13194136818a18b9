using ChongqingServicePolicy.Cli.Tests.Support;

namespace ChongqingServicePolicy.Cli.Tests;

public sealed class CliSmokeTests
{
    [Fact]
    public void Evaluate_OneMeasure1Row_WritesItsDecisionAndExitsZero()
    {
        using var folder = new TempFolder();
        var input = folder.Write("apps.csv", Applications.Header + "\n" + Applications.Measure1("A-1") + "\n");

        var result = CqPolicy.Run("evaluate", input);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = File.ReadAllLines(folder.File("apps.decisions.csv"));
        lines.Should().HaveCount(2);
        lines[1].Should().StartWith("A-1,1,Eligible,3000000.00,3000000.00,rate-applied,");
    }
}
