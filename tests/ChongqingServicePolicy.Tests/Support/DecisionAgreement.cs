using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Tests.Support;

/// <summary>Asserts that two decisions of the same record agree in everything a host reads of them.</summary>
internal static class DecisionAgreement
{
    /// <summary>
    /// Asserts that <paramref name="actual"/> has the outcome, amounts, reasons, trace, problems and 就高不重复 context of
    /// <paramref name="expected"/>, and explains itself in the same words in both languages.
    /// </summary>
    public static void ShouldAgreeWith(this Decision actual, Decision expected)
    {
        actual.Outcome.Should().Be(expected.Outcome);
        actual.AwardYuan.Should().Be(expected.AwardYuan);
        actual.PayableYuan.Should().Be(expected.PayableYuan);
        actual.AwardReason.Should().Be(expected.AwardReason);
        actual.Reason.Should().Be(expected.Reason);
        actual.Trace.Should().Equal(expected.Trace);
        actual.Problems.Should().Equal(expected.Problems);
        actual.NonDuplication.Should().BeEquivalentTo(expected.NonDuplication);
        actual.Explain(Language.Chinese).Should().Be(expected.Explain(Language.Chinese));
        actual.Explain(Language.English).Should().Be(expected.Explain(Language.English));
    }
}
