using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Internal;

namespace ChongqingServicePolicy.Tests.Domain;

/// <summary>
/// The code tables behind decision records: a defined value is written as its code, a value outside the enumeration
/// as its number, and only what <c>Format</c> writes reads back.
/// </summary>
public sealed class CodeTableTests
{
    private static readonly CodeTable<MeasureId> Table = MeasureIds.Table;

    [Theory]
    [InlineData(0, "0")]
    [InlineData(20, "20")]
    [InlineData(200, "200")]
    [InlineData(255, "255")]
    public void Format_UndefinedValue_ItsNumberWhichReadsBack(int value, string text)
    {
        Table.Format((MeasureId)value).Should().Be(text);
        Table.TryParseFormatted(text, out var back).Should().BeTrue();
        back.Should().Be((MeasureId)value);
    }

    [Fact]
    public void Format_DefinedValue_ItsCodeWhichReadsBack()
    {
        Table.Format(MeasureId.Measure7c).Should().Be("7c");
        Table.TryParseFormatted("7c", out var back).Should().BeTrue();
        back.Should().Be(MeasureId.Measure7c);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("19")]
    [InlineData("7C")]
    [InlineData("020")]
    [InlineData("256")]
    [InlineData("1000")]
    [InlineData("-1")]
    [InlineData("+20")]
    [InlineData(" 20")]
    [InlineData("2O")]
    [InlineData("20 ")]
    [InlineData("00020")]
    [InlineData("0000000000000000000000020")]
    [InlineData("\uFF12\uFF10")] // full-width digits
    [InlineData("\u0662\u0660")] // Arabic-Indic digits
    [InlineData("2\u0660")]
    public void TryParseFormatted_NotWhatFormatWrites_False(string? text)
    {
        Table.TryParseFormatted(text, out var value).Should().BeFalse();
        value.Should().Be(default(MeasureId));
    }

    [Fact]
    public void TryParse_ExactCodesOnly()
    {
        Table.TryParse("13", out var m).Should().BeTrue();
        m.Should().Be(MeasureId.Measure13);
        Table.TryParse("20", out _).Should().BeFalse();
        Table.TryParse(null, out _).Should().BeFalse();
        Table.IsDefined(MeasureId.Measure16).Should().BeTrue();
        Table.IsDefined((MeasureId)20).Should().BeFalse();
    }

    [Fact]
    public void Preconditions_BlankAndNull_DistinctExceptions()
    {
        var missing = () => Preconditions.CheckNotBlank(null, "name");
        var blank = () => Preconditions.CheckNotBlank(" \t", "name");
        var nullObject = () => Preconditions.CheckNotNull<string>(null, "thing");

        missing.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("name");
        blank.Should().ThrowExactly<ArgumentException>().Which.Message.Should().Be("Value must not be empty or white space. (Parameter 'name')");
        nullObject.Should().ThrowExactly<ArgumentNullException>().Which.ParamName.Should().Be("thing");
        Preconditions.CheckNotBlank("x", "name").Should().Be("x");
        var failed = () => Preconditions.CheckArgument(false, "arg", "Must hold.");
        failed.Should().ThrowExactly<ArgumentException>().Which.Message.Should().Be("Must hold. (Parameter 'arg')");
        Preconditions.CheckArgument(true, "arg", "Must hold.");
    }
}
