using Spectre.Console;

namespace ChongqingServicePolicy.Cli;

/// <summary>Lines of plain text written as they are, not wrapped at the console's width.</summary>
/// <remarks>
/// Spectre's <c>WriteLine</c> folds text at the profile width, which splits a clause quotation or a path in the
/// middle when output goes to a file (laid out at <see cref="CliEnvironment.RedirectedWidth"/>). A terminal wraps
/// long lines by itself, and a file or pipe should keep each line whole.
/// </remarks>
internal static class PlainText
{
    internal static void Line(IAnsiConsole console, string text)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(text);
        writer.Flush();
    }
}
