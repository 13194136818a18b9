using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Tests.Domain;

/// <summary>The check-character computation reads every character by its place in GB 32100-2015's alphabet.</summary>
public sealed class CreditCodeAlphabetTests
{
    [Fact]
    public void TryComputeCheckCharacter_EveryCharacterUpTo0x2FF_AcceptedExactlyWhenInTheAlphabet()
    {
        for (var c = '\0'; c <= '\u02FF'; c++)
        {
            var inAlphabet = UnifiedSocialCreditCode.Alphabet.Contains(char.ToUpperInvariant(c), StringComparison.Ordinal) && c < 128;

            UnifiedSocialCreditCode.TryComputeCheckCharacter(c + new string('0', 16), out _)
                .Should().Be(inAlphabet, $"character U+{(int)c:X4} '{c}'");
        }
    }

    [Fact]
    public void TryComputeCheckCharacter_EachAlphabetCharacterFirst_UsesItsIndexAsValue()
    {
        for (var value = 0; value < UnifiedSocialCreditCode.Alphabet.Length; value++)
        {
            // Position 1 weighs 1 and the other 16 characters are 0, so the sum is the character's value.
            var expected = UnifiedSocialCreditCode.Alphabet[(31 - (value % 31)) % 31];
            var upper = UnifiedSocialCreditCode.Alphabet[value];

            UnifiedSocialCreditCode.TryComputeCheckCharacter(upper + new string('0', 16), out var check).Should().BeTrue();
            check.Should().Be(expected);
            UnifiedSocialCreditCode.TryComputeCheckCharacter(char.ToLowerInvariant(upper) + new string('0', 16), out var lower).Should().BeTrue();
            lower.Should().Be(expected);
        }
    }
}
