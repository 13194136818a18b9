using System.Text;
using ChongqingServicePolicy.Audit;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Cli.Tests.Support;

namespace ChongqingServicePolicy.Cli.Tests.Audit;

/// <summary>
/// The decision-records reader's line limit: a line up to the limit is read as a record, a longer one is reported as
/// not a record (its number kept, the lines after it read as usual) without being held whole.
/// </summary>
public sealed class DecisionRecordReaderTests
{
    private static readonly byte[] Good = FirstGoldenLine();

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("")]
    public void ReadLines_LineOfExactlyTheLimit_IsRead(string ending)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("d.jsonl", [.. Good, .. Encoding.ASCII.GetBytes(ending)]);

        var lines = Read(path, Good.Length);

        lines.Should().ContainSingle().Which.Record.Should().NotBeNull();
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("")]
    public void ReadLines_LineOneByteOverTheLimit_IsNotARecord_AndNamesTheLimit(string ending)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("d.jsonl", [.. Good, .. Encoding.ASCII.GetBytes(ending)]);

        var lines = Read(path, Good.Length - 1);

        var line = lines.Should().ContainSingle().Subject;
        line.LineNumber.Should().Be(1);
        line.Record.Should().BeNull();
        line.ApplicationId.Should().BeNull();
        line.Error!.Error.Should().Be(DecisionRecordError.Malformed);
        line.Error.Message.Should().Be(
            $"the line is longer than {Good.Length - 1} bytes, the most a decision record may take here; it was not read");
    }

    [Fact]
    public void ReadLines_LongLineAcrossManyChunks_IsSkipped_AndTheNextLinesAreRead()
    {
        using var folder = new TempFolder();
        var longLine = new byte[300_000];
        Array.Fill(longLine, (byte)'x');
        var path = folder.WriteBytes("d.jsonl", [.. Good, (byte)'\n', .. longLine, (byte)'\n', .. Good, (byte)'\n', .. longLine]);

        var lines = Read(path, 100_000);

        lines.Select(l => (l.LineNumber, l.Record is not null)).Should().Equal((1, true), (2, false), (3, true), (4, false));
        lines[1].Error!.Message.Should().StartWith("the line is longer than 100000 bytes");
    }

    [Fact]
    public void ReadLines_ACarriageReturnInsideAnOverlongLine_StillCounts()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("d.jsonl", [.. Good, (byte)'\r', (byte)' ', (byte)'\n']);

        var lines = Read(path, Good.Length);

        lines.Should().ContainSingle().Which.Record.Should().BeNull("the carriage return is not the line's end, so the line has two bytes more than the limit");
    }

    [Fact]
    public void Open_DefaultLimit_Is16MiB()
    {
        using var folder = new TempFolder();
        using var reader = DecisionRecordReader.Open(folder.WriteBytes("d.jsonl", Good));

        reader.MaxLineBytes.Should().Be(16 * 1024 * 1024).And.Be(DecisionRecordReader.DefaultMaxLineBytes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Open_LimitNotPositive_Throws(int limit)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("d.jsonl", Good);

        var open = () => DecisionRecordReader.Open(path, limit);

        open.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxLineBytes");
    }

    private static List<DecisionRecordLine> Read(string path, int limit)
    {
        using var reader = DecisionRecordReader.Open(path, limit);
        var lines = reader.ReadLines().ToList();
        reader.Position.Should().Be(new FileInfo(path).Length);
        return lines;
    }

    private static byte[] FirstGoldenLine()
    {
        var bytes = File.ReadAllBytes(Path.Combine(SampleDataTests.RepoRoot(), "tests", "golden", "decisions.jsonl"));
        return bytes[..Array.IndexOf(bytes, (byte)'\n')];
    }
}
