using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Tests.Catalogue;

/// <summary>The stable codes of the clauses a trace step or parameter cites, both ways.</summary>
public sealed class PolicyClauseCodeTests
{
    [Theory]
    [InlineData(PolicyClause.None, "none")]
    [InlineData(PolicyClause.Validity, "validity")]
    [InlineData(PolicyClause.NonDuplication, "non-duplication")]
    [InlineData(PolicyClause.Rounding, "rounding")]
    [InlineData(PolicyClause.Discretion, "discretion")]
    [InlineData(PolicyClause.DistrictRegistry, "district-registry")]
    [InlineData(PolicyClause.Measure1, "1")]
    [InlineData(PolicyClause.Measure7a, "7a")]
    [InlineData(PolicyClause.Measure7d, "7d")]
    [InlineData(PolicyClause.Measure16, "16")]
    public void ToCode_EachClause_StableCodeThatParsesBack(PolicyClause clause, string code)
    {
        clause.ToCode().Should().Be(code);
        PolicyClauses.TryParse(code, out var parsed).Should().BeTrue();
        parsed.Should().Be(clause);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(99)]
    [InlineData(105)]
    [InlineData(255)]
    public void ToCode_UndefinedClause_ThrowsOutOfRange(int value)
    {
        var act = () => ((PolicyClause)value).ToCode();

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("clause");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Validity")]
    [InlineData(" 1")]
    [InlineData("17")]
    public void TryParse_NotACode_FalseAndNone(string? code)
    {
        PolicyClauses.TryParse(code, out var clause).Should().BeFalse();
        clause.Should().Be(PolicyClause.None);
    }

    [Fact]
    public void ForMeasure_EveryMeasure_ClauseThatMapsBack()
    {
        foreach (var measure in MeasureIds.All)
        {
            var clause = measure.ForMeasure();
            clause.ToCode().Should().Be(measure.ToCode());
            clause.TryGetMeasure(out var back).Should().BeTrue();
            back.Should().Be(measure);
        }
    }

    [Theory]
    [InlineData(PolicyClause.None)]
    [InlineData(PolicyClause.Validity)]
    [InlineData(PolicyClause.DistrictRegistry)]
    [InlineData((PolicyClause)20)]
    public void TryGetMeasure_ClauseOfNoMeasure_False(PolicyClause clause)
    {
        clause.TryGetMeasure(out _).Should().BeFalse();
    }
}
