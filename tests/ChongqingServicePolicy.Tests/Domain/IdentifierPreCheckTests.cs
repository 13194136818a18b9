using System.Runtime.Intrinsics;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Tests.Domain;

/// <summary>
/// The two-vector pre-check passes exactly the ids of 8 to 16 characters that are all printable ASCII (U+0020 to
/// U+007E), wherever the processor has 128-bit vectors; every other id goes to the search, and both say the same.
/// </summary>
public sealed class IdentifierPreCheckTests
{
    /// <summary>Characters on both sides of printable ASCII's edges, and further out.</summary>
    private static readonly char[] NotPrintable = ['\0', '\u001F', '\u007F', '\u0080', '\u00A0', '\u00AD', '\u00BE', '\u00FF', '\u0100', '\u200B', '\uFEFF', '\uFFFF'];

    private static string Id(int length) => string.Concat(Enumerable.Range(0, length).Select(i => (char)('!' + (i * 7 % 94))));

    [Fact]
    public void PassesPreCheck_PrintableAsciiOfEachLength_Only8To16Characters()
    {
        for (var length = 0; length <= 40; length++)
        {
            var id = Id(length);

            Identifiers.PassesPreCheck(id).Should().Be(Vector128.IsHardwareAccelerated && length is >= 8 and <= 16, $"length {length}");
            Identifiers.FindHidden(id).Should().Be(-1);
        }
    }

    [Fact]
    public void PassesPreCheck_EdgesOfPrintableAscii_Passed()
    {
        for (var length = 8; length <= 16; length++)
        {
            Identifiers.PassesPreCheck(new string(' ', length)).Should().Be(Vector128.IsHardwareAccelerated, $"spaces, length {length}");
            Identifiers.PassesPreCheck(new string('~', length)).Should().Be(Vector128.IsHardwareAccelerated, $"tildes, length {length}");
        }
    }

    [Fact]
    public void PassesPreCheck_ACharacterOutsidePrintableAscii_AtAnyPosition_NotPassed()
    {
        for (var length = 8; length <= 16; length++)
        {
            for (var position = 0; position < length; position++)
            {
                foreach (var c in NotPrintable)
                {
                    var id = Id(length).Remove(position, 1).Insert(position, c.ToString());

                    Identifiers.PassesPreCheck(id).Should().BeFalse($"U+{(int)c:X4} at {position} of {length}");
                    Identifiers.FindHidden(id).Should().Be(c is '\u00BE' or '\u00FF' or '\u0100' or '\uFFFF' ? -1 : position, $"U+{(int)c:X4} at {position} of {length}");
                }
            }
        }
    }
}
