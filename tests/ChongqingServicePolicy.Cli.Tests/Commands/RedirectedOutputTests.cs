using System.Diagnostics;
using System.Text;
using ChongqingServicePolicy.Cli.Generation;
using ChongqingServicePolicy.Cli.Tests.Support;

namespace ChongqingServicePolicy.Cli.Tests.Commands;

/// <summary>The real program with its output redirected, as in a script or a CI log: no progress bar, no colour codes.</summary>
public sealed class RedirectedOutputTests
{
    [Fact]
    public void Evaluate_LongFileWithOutputRedirected_PrintsNoProgressBarAndNoEscapeCodes()
    {
        using var folder = new TempFolder();
        var text = new StringWriter();
        ApplicationGenerator.Write(text, 8_000, 3);
        var input = folder.Write("big.csv", text.ToString());
        new FileInfo(input).Length.Should().BeGreaterThan(1 << 20, "a file this long shows a progress bar on a terminal");

        var (exit, output, error) = Run("evaluate", input, "--lang", "en");

        exit.Should().Be(0, error);
        output.Should().Contain("8000 rows").And.Contain("Summary");
        output.Should().NotContain("\u001b").And.NotContain("Reading and deciding").And.NotContain("%");
        error.Should().NotContain("\u001b");
        File.Exists(folder.File("big.decisions.csv")).Should().BeTrue();
    }

    [Theory]
    [InlineData("measures")]
    [InlineData("--help")]
    [InlineData("frob")]
    public void OtherCommands_OutputRedirected_PrintNoEscapeCodes(string command)
    {
        var (_, output, error) = Run(command);

        (output + error).Should().NotContain("\u001b");
        (output + error).Should().NotBeEmpty();
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cqpolicy.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
