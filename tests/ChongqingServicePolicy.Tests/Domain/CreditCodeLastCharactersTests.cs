using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Tests.Domain;

/// <summary>
/// The 17th and 18th characters, which every reading takes apart from the first 16: whatever pair of values they hold,
/// a code with the right check character is valid and one with any other is not. The codes differ in a 10th character
/// too, so that every check value meets every value of the 17th character.
/// </summary>
public sealed class CreditCodeLastCharactersTests
{
    public static TheoryData<string> Readings => new() { "Table", "Vector", "Scalar" };

    [Theory]
    [MemberData(nameof(Readings))]
    public void Check_EveryPairOfLastTwoValues_ValidOnlyWithTheRightCheckCharacter(string name)
    {
        var reading = Enum.Parse<UnifiedSocialCreditCode.Reading>(name);
        var pairs = new HashSet<(char, char)>();
        foreach (var tenth in UnifiedSocialCreditCode.Alphabet)
        {
            foreach (var seventeenth in UnifiedSocialCreditCode.Alphabet)
            {
                var first17 = "915001035" + tenth + "000010" + seventeenth;
                var code = Support.Records.Complete(first17);
                pairs.Add((seventeenth, code[17]));

                UnifiedSocialCreditCode.Check(code, reading).Should().Be(CreditCodeCheck.Valid, code);
                UnifiedSocialCreditCode.Check(code.ToLowerInvariant(), reading).Should().Be(CreditCodeCheck.Valid, code);
                foreach (var wrong in UnifiedSocialCreditCode.Alphabet.Where(c => c != code[17]))
                {
                    UnifiedSocialCreditCode.Check(first17 + wrong, reading).Should().Be(CreditCodeCheck.WrongCheckCharacter, first17 + wrong);
                }
            }
        }

        pairs.Should().HaveCount(31 * 31, "every value of the 17th character meets every check value");
    }
}
