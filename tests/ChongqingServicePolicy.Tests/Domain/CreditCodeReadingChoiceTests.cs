using ChongqingServicePolicy.Domain;
using static ChongqingServicePolicy.Domain.UnifiedSocialCreditCode;

namespace ChongqingServicePolicy.Tests.Domain;

/// <summary>
/// Which reading of a credit code each kind of processor takes, for every kind, not only the one the tests run on:
/// the table reading wherever it can be taken, else the vector reading where 256-bit vectors are accelerated, else
/// one character at a time; and the table reading only with all of AVX-512 VBMI, AVX-512 BW with VL, and accelerated
/// 512-bit vectors.
/// </summary>
public sealed class CreditCodeReadingChoiceTests
{
    [Theory]
    [InlineData(true, true, "Table")]
    [InlineData(true, false, "Table")]
    [InlineData(false, true, "Vector")]
    [InlineData(false, false, "Scalar")]
    public void FastestWith_EachProcessor_ItsFastestReading(bool canLookUp, bool vector256, string expected)
    {
        FastestWith(canLookUp, vector256).Should().Be(Enum.Parse<Reading>(expected));
    }

    [Fact]
    public void CanLookUpWith_OnlyWithAllThree()
    {
        foreach (var vbmi in new[] { false, true })
        {
            foreach (var bwVl in new[] { false, true })
            {
                foreach (var vector512 in new[] { false, true })
                {
                    CanLookUpWith(vbmi, bwVl, vector512).Should().Be(vbmi && bwVl && vector512, $"VBMI {vbmi}, BW+VL {bwVl}, Vector512 {vector512}");
                }
            }
        }
    }
}
