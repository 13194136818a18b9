using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;

namespace ChongqingServicePolicy.Tests.Domain;

/// <summary>
/// An ordinary space (U+0020) can be seen wherever it stands, also after a character outside printable ASCII, where
/// the check reads character by character instead of the one vectorised search over printable ASCII.
/// </summary>
public sealed class IdentifierSpaceTests
{
    private readonly PolicyEngine _engine = Records.Engine();

    [Theory]
    [InlineData("渝中 申请 001", -1)]
    [InlineData("é 1", -1)]
    [InlineData("渝 \u00A0", 2)] // the space is passed over, the no-break space after it is named
    public void FindHidden_SpaceAfterNonAsciiCharacter_IsNotHidden(string id, int expected)
    {
        Identifiers.FindHidden(id).Should().Be(expected);
    }

    [Fact]
    public void Evaluate_ApplicationIdWithSpaceAfterChineseCharacters_IsNotRefused()
    {
        var decision = _engine.Evaluate(Records.Measure1() with { ApplicationId = "渝中 申请 001" });

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.Problems.Should().BeEmpty();
    }
}
