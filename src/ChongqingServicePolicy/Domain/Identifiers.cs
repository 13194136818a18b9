using System.Globalization;

namespace ChongqingServicePolicy.Domain;

/// <summary>
/// Checks identifiers (application ids, subject ids) for characters that cannot be seen: control characters, format
/// characters such as a byte order mark or a zero-width space, line and paragraph separators, and spaces other than
/// U+0020. Two ids that look the same but differ by such a character would be counted as two applications or two
/// subjects, so 就高不重复 and the repeat check could not find them.
/// </summary>
internal static class Identifiers
{
    /// <summary>The position of the first hidden character, or -1 when there is none.</summary>
    internal static int FindHidden(ReadOnlySpan<char> id)
    {
        // Printable ASCII without controls: the usual id is passed by one vectorised search.
        var start = id.IndexOfAnyExceptInRange(' ', '~');
        if (start < 0)
        {
            return -1;
        }

        for (var i = start; i < id.Length; i++)
        {
            if (IsHidden(id[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The character as the problem names it, e.g. <c>U+FEFF</c>.</summary>
    internal static string Name(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static bool IsHidden(char c) => c switch
    {
        ' ' => false,
        < ' ' or '\u007F' => true,
        < '\u0080' => false,
        _ => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator,
    };
}
