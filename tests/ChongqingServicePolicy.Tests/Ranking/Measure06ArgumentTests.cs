using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;

namespace ChongqingServicePolicy.Tests.Ranking;

/// <summary>Measure （六）'s ranking refuses a missing set of rows, and a missing row, by the argument's name.</summary>
public sealed class Measure06ArgumentTests
{
    private readonly PolicyEngine _engine = Records.Engine();

    [Fact]
    public void RankDistricts_NullStatistics_RefusedByName()
    {
        var act = () => _engine.RankDistricts(2025, null!);

        act.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("statistics");
    }

    [Fact]
    public void RankDistricts_NullRow_RefusedNamingTheRow()
    {
        var rows = new DistrictStatistics[] { new(500101, 2025, 1, 1, 0.1m), null! };

        var act = () => _engine.RankDistricts(2025, rows);

        act.Should().ThrowExactly<ArgumentException>().WithMessage("A row of statistics is null. (Parameter 'statistics')");
    }
}
